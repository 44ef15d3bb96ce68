package dev.marquee.soundtrack;

import java.util.List;

import dev.marquee.film.Film;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SoundtrackRepository extends JpaRepository<Soundtrack, Long> {

	@Query("select s from Soundtrack s where s.film = :film order by s.position, s.id")
	List<Soundtrack> findByFilm(Film film);

	@Modifying
	@Query("delete from Soundtrack s where s.film = :film")
	void deleteByFilm(Film film);

}

interface SoundtrackCreditRepository extends JpaRepository<SoundtrackCredit, Long> {

	@Query("""
			select c from SoundtrackCredit c left join fetch c.person
			where c.soundtrack.film = :film order by c.position, c.id""")
	List<SoundtrackCredit> findByFilm(Film film);

	@Modifying
	@Query("delete from SoundtrackCredit c where c.soundtrack in (select s from Soundtrack s where s.film = :film)")
	void deleteByFilm(Film film);

}
