package dev.marquee.soundtrack;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.marquee.film.Film;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SoundtrackRepository extends JpaRepository<Soundtrack, Long> {

	@Query("select s from Soundtrack s where s.film = :film order by s.position, s.id")
	List<Soundtrack> findByFilm(Film film);

	/**
	 * A page in credit order after the song at (afterPosition, afterId); (0, 0) is before
	 * the first.
	 */
	@Query("""
			select s from Soundtrack s where s.film = :film and (s.position, s.id) > (:afterPosition, :afterId)
			order by s.position, s.id""")
	List<Soundtrack> findPage(Film film, int afterPosition, long afterId, Limit limit);

	/**
	 * The film's song with this id, its credit lines and their people fetched with it.
	 */
	@Query("""
			select s from Soundtrack s left join fetch s.credits c left join fetch c.person
			where s.film = :film and s.id = :id""")
	Optional<Soundtrack> findItem(Film film, long id);

	@Query("select coalesce(max(s.position), 0) from Soundtrack s where s.film = :film")
	int lastPosition(Film film);

	@Modifying
	@Query("delete from Soundtrack s where s.film = :film")
	void deleteByFilm(Film film);

}

interface SoundtrackCreditRepository extends JpaRepository<SoundtrackCredit, Long> {

	@Query("""
			select c from SoundtrackCredit c left join fetch c.person
			where c.soundtrack.film = :film order by c.position, c.id""")
	List<SoundtrackCredit> findByFilm(Film film);

	@Query("""
			select c from SoundtrackCredit c left join fetch c.person
			where c.soundtrackId in :soundtrackIds order by c.position, c.id""")
	List<SoundtrackCredit> findBySoundtrackIds(Collection<Long> soundtrackIds);

	@Modifying
	@Query("delete from SoundtrackCredit c where c.soundtrack in (select s from Soundtrack s where s.film = :film)")
	void deleteByFilm(Film film);

}
