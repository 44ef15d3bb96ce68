package dev.marquee.company;

import java.util.Optional;

import dev.marquee.film.Film;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface CompanyRepository extends JpaRepository<Company, Long> {

	Optional<Company> findByImdbId(String imdbId);

	/**
	 * The first company without an IMDb id whose name, in Unicode NFC, is this one (in
	 * NFC).
	 */
	@Query(value = "SELECT * FROM company WHERE imdb_id IS NULL AND normalize(name, NFC) = :name ORDER BY id LIMIT 1",
			nativeQuery = true)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "company"))
	Optional<Company> findWithoutImdbIdByName(String name);

}

interface CompanyCreditRepository extends JpaRepository<CompanyCredit, Long> {

	@Query("select c from CompanyCredit c join fetch c.company where c.film = :film and c.id = :id")
	Optional<CompanyCredit> findItem(Film film, long id);

	@Query("select coalesce(max(c.position), 0) from CompanyCredit c where c.film = :film and c.role = :role")
	int lastPosition(Film film, CompanyRole role);

	@Query("select count(distinct c.film) from CompanyCredit c where c.company = :company")
	long countFilmsOf(Company company);

	@Modifying
	@Query("delete from CompanyCredit c where c.film = :film")
	void deleteByFilm(Film film);

}
