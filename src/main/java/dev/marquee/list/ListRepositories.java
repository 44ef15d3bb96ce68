package dev.marquee.list;

import java.util.List;
import java.util.Optional;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FilmListRepository extends JpaRepository<FilmList, Long> {

	Optional<FilmList> findByTitle(String title);

}

interface FilmListItemRepository extends JpaRepository<FilmListItem, Long> {

	@Query("select i from FilmListItem i join fetch i.list where i.film = :film order by i.list.title, i.list.id")
	List<FilmListItem> findByFilm(Film film);

	@Query("select coalesce(max(i.position), 0) from FilmListItem i where i.list = :list")
	int lastPosition(FilmList list);

}
