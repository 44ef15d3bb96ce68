package dev.marquee.film;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FilmRepository extends JpaRepository<Film, Long> {

	@EntityGraph(attributePaths = "officialSites")
	Optional<Film> findByImdbId(String imdbId);

	@EntityGraph(attributePaths = "officialSites")
	@Query("select f from Film f where f.id = :id")
	Optional<Film> findWithSitesById(long id);

	@EntityGraph(attributePaths = "officialSites")
	@Query("select f from Film f where f.id in :ids or f.imdbId in :imdbIds")
	List<Film> findAllWithSites(Collection<Long> ids, Collection<String> imdbIds);

	@Modifying
	@Query("update Film f set f.version = f.version + 1 where f.id = :id")
	int incrementVersion(long id);

}
