package dev.marquee.list;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.marquee.film.Film;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FilmListRepository extends JpaRepository<FilmList, Long> {

	Optional<FilmList> findByTitle(String title);

	/**
	 * The list, its row locked until the transaction ends: writers of one list take
	 * turns, each seeing the version the one before it left.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from FilmList l where l.id = :id")
	Optional<FilmList> findForUpdate(long id);

	/**
	 * Locks these lists' rows until the transaction ends, one after the other in id
	 * order.
	 */
	@Query(value = "SELECT id FROM film_list WHERE id IN (:ids) ORDER BY id FOR NO KEY UPDATE", nativeQuery = true)
	List<Long> lockInOrder(Collection<Long> ids);

	@Modifying(flushAutomatically = true)
	@Query("update FilmList l set l.version = l.version + 1 where l = :list")
	int incrementVersion(FilmList list);

}

interface FilmListItemRepository extends JpaRepository<FilmListItem, Long> {

	@Query("select i from FilmListItem i join fetch i.list where i.film = :film order by i.list.title, i.list.id")
	List<FilmListItem> findByFilm(Film film);

	@Query("select i.list.id from FilmListItem i where i.film = :film")
	List<Long> listIdsOf(Film film);

	@Query("select coalesce(max(i.position), 0) from FilmListItem i where i.list = :list")
	int lastPosition(FilmList list);

	@Query("select i from FilmListItem i join fetch i.film where i.list = :list order by i.position, i.id")
	List<FilmListItem> findByList(FilmList list);

	/**
	 * Moves the items from {@code from} on by {@code by} places (the position key is
	 * checked at commit, so the moves may cross).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query("update FilmListItem i set i.position = i.position + :by where i.list = :list and i.position >= :from")
	int shift(FilmList list, int from, int by);

}
