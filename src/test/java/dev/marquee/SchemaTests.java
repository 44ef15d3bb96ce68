package dev.marquee;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Flyway builds the whole schema on an empty database, Hibernate validates the entities
 * against it (the context would not start otherwise), and the constraints that keep data
 * honest are really there.
 */
@MarqueeTest
class SchemaTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationAppliedSuccessfully() {
		List<Map<String, Object>> history = this.jdbc.queryForList(
				"select version, success from flyway_schema_history where version is not null order by installed_rank");

		assertThat(history).extracting((row) -> row.get("version"))
			.startsWith("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "20");
		assertThat(history).allSatisfy((row) -> assertThat(row.get("success")).isEqualTo(true));
	}

	@Test
	void everySectionOfTheTitlePageHasATable() {
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'public' order by table_name",
				String.class);

		assertThat(tables).contains("film", "film_official_site", "person", "cast_credit", "crew_credit", "trivia",
				"goof", "crazy_credit", "connection", "soundtrack", "soundtrack_credit", "review", "box_office",
				"award_nomination", "award_nominee", "award_summary", "filming_location", "alternate_title",
				"release_date", "company", "company_credit", "film_list", "film_list_item");
	}

	@Test
	void searchExtensionsAreInstalled() {
		List<String> extensions = this.jdbc.queryForList("select extname from pg_extension order by extname",
				String.class);

		assertThat(extensions).contains("pg_trgm", "unaccent");
		assertThat(this.jdbc.queryForObject("select marquee_fold('Kálmán BERKES')", String.class))
			.isEqualTo("kalman berkes");
	}

	@Test
	void imdbIdsMustFollowTheirPattern() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(
					() -> this.jdbc.update("insert into film (imdb_id, title, type) values ('xx123', 'Bad', 'movie')"))
			.withMessageContaining("film_imdb_id_pattern");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("insert into person (imdb_id, name) values ('tt1234567', 'Bad')"))
			.withMessageContaining("person_imdb_id_pattern");
	}

	@Test
	void imdbIdsAreUnique() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc
				.update("insert into film (imdb_id, title, type) values ('tt3783958', 'Duplicate', 'movie')"))
			.withMessageContaining("film_imdb_id_key");
	}

	@Test
	void ratingsVotesYearsAndMoneyStayInRange() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(
					"insert into film (imdb_id, title, type, rating_average) values ('tt0000002', 'x', 'movie', 11)"))
			.withMessageContaining("film_rating_range");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc
				.update("insert into film (imdb_id, title, type, rating_votes) values ('tt0000002', 'x', 'movie', -1)"))
			.withMessageContaining("film_rating_votes_non_negative");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(
					"insert into film (imdb_id, title, type, release_year) values ('tt0000002', 'x', 'movie', 1700)"))
			.withMessageContaining("film_release_year_range");
		Long filmId = this.jdbc.queryForObject("select id from film where imdb_id = 'tt3783958'", Long.class);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("update box_office set budget_amount = -1 where film_id = ?", filmId))
			.withMessageContaining("box_office_budget_money");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(
					() -> this.jdbc.update("update box_office set budget_currency = 'usd' where film_id = ?", filmId))
			.withMessageContaining("box_office_budget_money");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("update review set rating = 0 where film_id = ?", filmId))
			.withMessageContaining("review_rating_range");
	}

	@Test
	void sectionsNeedAnExistingFilm() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("insert into trivia (film_id, text) values (-1, 'orphan')"))
			.withMessageContaining("trivia_film_id_fkey");
	}

}
