package dev.marquee.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeyRole;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.apikey.IssuedApiKey;
import dev.marquee.support.web.Cursor;
import dev.marquee.testdata.AdminWrites;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.SectionJson;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed records every create, update and delete of a film and of its sections
 * (section items keyed by their film's IMDb id) in the transaction of the write, with the
 * API key that made it, pages by cursor, never shows (nor skips) a change whose
 * transaction is still running, and refuses cursors it did not make. Each test reads only
 * the changes after a cursor taken just before its own writes, on a film of its own.
 */
@MarqueeTest
class ChangeFeedTests {

	private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JsonMapper appMapper;

	private String admin;

	/**
	 * The film each test writes.
	 */
	private final String film = TestIds.film();

	/**
	 * The key of a change a test holds back in an open transaction.
	 */
	private final String held = TestIds.film();

	@BeforeEach
	void issueAdminKey() {
		this.admin = TestKeys.admin(this.keys);
	}

	@Test
	void documentPutsAreRecordedAsCreateThenUpdate() {
		String start = latestCursor();

		assertThat(putFilm(this.film, "Feed One")).hasStatus(201);
		assertThat(putFilm(this.film, "Feed One, Revised")).hasStatusOk();

		MvcTestResult feed = this.mvc.get().uri("/api/v1/changes").param("after", start).exchange();

		assertThat(feed).hasStatusOk().hasHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		assertThat(feed).bodyJson().isStrictlyEqualTo("""
				{"items":[%s],"size":20,"nextCursor":null,"next":null,"total":null}""".formatted(changesSince(start)));
		assertThat(this.jdbc.queryForList("select action from change_event where resource_key = ? order by id",
				String.class, this.film))
			.containsExactly("create", "update");
	}

	@Test
	void filmAndSectionWritesAreRecordedWithTheFilmAsKeyAndTheApiKeyThatMadeThem() {
		IssuedApiKey editor = this.keys.issue("feed editor", ApiKeyRole.ADMIN);
		AdminWrites writes = new AdminWrites(this.mvc, "Bearer " + editor.key());
		String start = latestCursor();
		String path = "/api/v1/films/" + this.film;
		assertThat(writes.send(this.mvc.put()
			.uri(path + "/document")
			.contentType(MediaType.APPLICATION_JSON)
			.content(document(this.film, "Feed Seven")), null)).hasStatus(201);
		long film = this.jdbc.queryForObject("select id from film where imdb_id = '" + this.film + "'", Long.class);

		assertThat(writes.send(this.mvc.patch().uri(path).contentType(MERGE_PATCH).content("{\"plot\":\"Synced.\"}"),
				filmVersion()))
			.hasStatusOk();
		MvcTestResult crew = writes
			.send(this.mvc.post().uri(path + "/crew").contentType(MediaType.APPLICATION_JSON).content("""
					{"person":{"imdbId":null,"name":"Feed Crew"},"department":"editing","job":"Editor",
					 "creditedAs":null,"note":null}"""), null);
		long credit = SectionJson.body(crew).get("id").asLong();
		long feedCrew = this.jdbc.queryForObject("select id from person where name = 'Feed Crew'", Long.class);
		assertThat(writes.send(this.mvc.patch().uri(path + "/crew/" + credit).contentType(MERGE_PATCH).content("{}"),
				"\"0\""))
			.hasStatusOk();
		assertThat(writes.send(this.mvc.delete().uri(path + "/crew/" + credit), "\"1\"")).hasStatus(204);
		assertThat(writes
			.send(this.mvc.put().uri(path + "/awards/summary").contentType(MediaType.APPLICATION_JSON).content("""
					{"wins":1,"nominations":2,"highlight":null}"""), null)).hasStatus(201);
		long summary = this.jdbc.queryForObject("select id from award_summary where film_id = ?", Long.class, film);
		assertThat(
				writes.send(this.mvc.put().uri(path + "/box-office").contentType(MediaType.APPLICATION_JSON).content("""
						{"budget":{"amount":1000,"currency":"EUR"},"budgetEstimated":false}"""), null))
			.hasStatus(201);
		long boxOffice = this.jdbc.queryForObject("select id from box_office where film_id = ?", Long.class, film);
		assertThat(writes.send(this.mvc.delete().uri(path), filmVersion())).hasStatus(204);

		assertThat(this.jdbc.queryForList("""
				select concat_ws(' ', action, resource_type, resource_id, coalesce(resource_key, '-'), api_key_id)
				from change_event where (tx_id, id) > (?::xid8, ?) order by tx_id, id""", String.class,
				Cursor.decode(start, "feed", 2).key(0), Cursor.decode(start, "feed", 2).longKey(1)))
			.containsExactly("create film %d %s %d".formatted(film, this.film, editor.id()),
					"update film %d %s %d".formatted(film, this.film, editor.id()),
					"create person %d - %d".formatted(feedCrew, editor.id()),
					"create crew %d %s %d".formatted(credit, this.film, editor.id()),
					"update crew %d %s %d".formatted(credit, this.film, editor.id()),
					"delete crew %d %s %d".formatted(credit, this.film, editor.id()),
					"create award-summary %d %s %d".formatted(summary, this.film, editor.id()),
					"create box-office %d %s %d".formatted(boxOffice, this.film, editor.id()),
					"delete film %d %s %d".formatted(film, this.film, editor.id()));
		assertThat(this.mvc.get().uri("/api/v1/changes").param("after", start).exchange()).bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s],"size":20,"nextCursor":null,"next":null,"total":null}"""
				.formatted(changesSince(start)));
	}

	@Test
	void pagesFollowTheCursorToTheEnd() {
		String start = latestCursor();
		putFilm(this.film, "Feed Two");
		putFilm(TestIds.film(), "Feed Three");
		List<Map<String, Object>> rows = rowsSince(start);

		MvcTestResult first = this.mvc.get().uri("/api/v1/changes?size=1&after=" + start).exchange();
		String second = cursor(rows.get(0));

		assertThat(first).bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s],"size":1,"nextCursor":"%s",
					 "next":"http://localhost/api/v1/changes?size=1&after=%s","total":null}"""
				.formatted(item(rows.get(0)), second, second));
		MvcTestResult last = this.mvc.get().uri("/api/v1/changes?size=1&after=" + second).exchange();
		assertThat(last).bodyJson().isStrictlyEqualTo("""
				{"items":[%s],"size":1,"nextCursor":null,"next":null,"total":null}""".formatted(item(rows.get(1))));
	}

	@Test
	void aRefusedWriteRecordsNothing() {
		String start = latestCursor();

		MvcTestResult refused = this.mvc.put()
			.uri("/api/v1/films/" + this.film + "/document")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(document(this.film, "Feed Four").replace("\"title\":\"Feed Four\"", "\"title\":\"\""))
			.exchange();

		assertThat(refused).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/v1/changes").param("after", start).exchange()).bodyJson()
			.isStrictlyEqualTo("""
					{"items":[],"size":20,"nextCursor":null,"next":null,"total":null}""");
	}

	@Test
	void aChangeOfARunningTransactionHoldsBackLaterOnesUntilItCommits() throws Exception {
		String start = latestCursor();
		try (Connection slow = this.dataSource.getConnection()) {
			slow.setAutoCommit(false);
			try (PreparedStatement insert = slow.prepareStatement("insert into change_event (action, resource_type,"
					+ " resource_id, resource_key) values ('update', 'film', 1, '" + this.held + "')")) {
				insert.executeUpdate();
			}
			putFilm(this.film, "Feed Six");

			assertThat(this.mvc.get().uri("/api/v1/changes").param("after", start).exchange()).bodyJson()
				.isStrictlyEqualTo("""
						{"items":[],"size":20,"nextCursor":null,"next":null,"total":null}""");
			slow.commit();
		}

		MvcTestResult feed = this.mvc.get().uri("/api/v1/changes").param("after", start).exchange();
		assertThat(feed).bodyJson().extractingPath("$.items[*].key").asArray().containsExactly(this.held, this.film);
	}

	@Test
	void refusesACursorItDidNotMake() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/changes?after=bm9uc2Vuc2U")
			.header("X-Request-Id", "feed-1")
			.exchange();

		assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
				 "detail":"is not a cursor this API returned; use nextCursor from the previous page",
				 "instance":"/api/v1/changes","code":"invalid-parameter","correlationId":"feed-1",
				 "errors":[{"name":"after","in":"query",
				   "message":"is not a cursor this API returned; use nextCursor from the previous page"}]}""");
	}

	private String filmVersion() {
		return "\""
				+ this.jdbc.queryForObject("select version from film where imdb_id = '" + this.film + "'", Long.class)
				+ "\"";
	}

	private MvcTestResult putFilm(String film, String title) {
		return this.mvc.put()
			.uri("/api/v1/films/" + film + "/document")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(document(film, title))
			.exchange();
	}

	private String document(String film, String title) {
		return this.appMapper.writeValueAsString(FilmDocumentBuilder.film(film, title).build());
	}

	/**
	 * The cursor of the newest change so far, as the feed would give it.
	 */
	private String latestCursor() {
		List<Map<String, Object>> last = this.jdbc
			.queryForList("select tx_id::text as tx, id from change_event order by tx_id desc, id desc limit 1");
		return last.isEmpty() ? Cursor.of("feed", 0, 0).encode() : cursor(last.get(0));
	}

	private List<Map<String, Object>> rowsSince(String after) {
		Cursor cursor = Cursor.decode(after, "feed", 2);
		return this.jdbc.queryForList(
				"select tx_id::text as tx, id, occurred_at, action, resource_type, resource_id, resource_key,"
						+ " import_id from change_event where (tx_id, id) > (?::xid8, ?) order by tx_id, id",
				cursor.key(0), cursor.longKey(1));
	}

	private String changesSince(String after) {
		return rowsSince(after).stream().map(ChangeFeedTests::item).collect(Collectors.joining(","));
	}

	private static String item(Map<String, Object> row) {
		return """
				{"id":%s,"occurredAt":"%s","action":"%s","resourceType":"%s","resourceId":%s,"key":%s,"source":"%s",
				 "importId":%s,"cursor":"%s"}""".formatted(row.get("id"),
				((java.sql.Timestamp) row.get("occurred_at")).toInstant(), row.get("action"), row.get("resource_type"),
				row.get("resource_id"),
				(row.get("resource_key") != null) ? "\"" + row.get("resource_key") + "\"" : "null",
				(row.get("import_id") != null) ? "import" : "api",
				(row.get("import_id") != null) ? "\"" + row.get("import_id") + "\"" : "null", cursor(row));
	}

	private static String cursor(Map<String, Object> row) {
		return Cursor.of("feed", row.get("tx"), row.get("id")).encode();
	}

}
