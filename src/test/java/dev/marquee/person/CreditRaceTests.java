package dev.marquee.person;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A credit added for a person while another transaction deletes that person: the write
 * checked that the person exists, the database refuses the credit once the delete
 * commits. The loser is told 409 concurrent-write (retry) and nothing of it is stored,
 * never a 500. The film and the person are the test's own.
 */
@MarqueeTest
class CreditRaceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	FilmDocuments documents;

	private final String film = TestIds.film();

	private final String person = TestIds.person();

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from film where imdb_id = '" + this.film + "'");
		this.jdbc.update("delete from person where imdb_id = '" + this.person + "'");
	}

	@Test
	void aCreditForAPersonDeletedMeanwhileIsAConflictAndStoresNothing() throws Exception {
		this.documents.upsert(FilmDocumentBuilder.film(this.film, "Race Film").build());
		this.jdbc.update("insert into person (imdb_id, name) values ('" + this.person + "', 'Race Person')");
		long castBefore = this.jdbc
			.queryForObject("select count(*) from cast_credit c join film f on f.id = c.film_id where f.imdb_id = '"
					+ this.film + "'", Long.class);
		String admin = TestKeys.admin(this.keys);

		try (Connection deleter = this.dataSource.getConnection()) {
			deleter.setAutoCommit(false);
			try (Statement statement = deleter.createStatement()) {
				statement.executeUpdate("delete from person where imdb_id = '" + this.person + "'");
			}
			CompletableFuture<MvcTestResult> credit = CompletableFuture.supplyAsync(() -> this.mvc.post()
				.uri("/api/v1/films/" + this.film + "/cast")
				.header("Authorization", admin)
				.header("X-Request-Id", "race")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"person":{"imdbId":"%s","name":"Race Person"},"characters":["Rival"],
						 "billingOrder":1,"creditedAs":null,"note":null}""".formatted(this.person))
				.exchange());
			awaitLockWait();
			deleter.commit();
			MvcTestResult result = credit.get(30, TimeUnit.SECONDS);

			assertThat(result).hasStatus(409)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.isStrictlyEqualTo(
						"""
								{"type":"/problems/concurrent-write","title":"Concurrent write","status":409,
								 "detail":"Another request changed what this write refers to at the same time (deleted a person, company or film it names, or took the same key); nothing was changed: read again and retry",
								 "instance":"/api/v1/films/%s/cast","code":"concurrent-write","correlationId":"race"}"""
							.formatted(this.film));
		}
		assertThat(this.jdbc
			.queryForObject("select count(*) from cast_credit c join film f on f.id = c.film_id where f.imdb_id = '"
					+ this.film + "'", Long.class))
			.isEqualTo(castBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from person where imdb_id = '" + this.person + "'",
				Long.class))
			.isZero();
	}

	/**
	 * Waits until the credit's insert waits for the deleting transaction's row lock.
	 */
	private void awaitLockWait() {
		await().alias("the credit's insert waiting for the delete's lock")
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
					Long.class) > 0);
	}

}
