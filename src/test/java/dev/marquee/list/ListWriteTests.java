package dev.marquee.list;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.assertProblem;
import static dev.marquee.testdata.AdminCalls.etag;
import static dev.marquee.testdata.AdminCalls.shownETag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes of lists and of their films, with the list's version guarding the order. Lists
 * here are titled "Zzz Lw …"; each test has four films of its own.
 */
@MarqueeTest
class ListWriteTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private AdminCalls admin;

	private final String alpha = TestIds.film();

	private final String bravo = TestIds.film();

	private final String charlie = TestIds.film();

	private final String delta = TestIds.film();

	/**
	 * An IMDb id no film has.
	 */
	private final String missing = TestIds.film();

	@BeforeEach
	void filmsAndKey() {
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "lw");
		String[] films = { this.alpha, this.bravo, this.charlie, this.delta };
		String[] titles = { "Alpha", "Bravo", "Charlie", "Delta" };
		for (int i = 0; i < titles.length; i++) {
			this.documents.upsert(FilmDocumentBuilder.film(films[i], titles[i]).year(2001 + i).build());
		}
	}

	@AfterEach
	void deleteListsAndFilms() {
		this.jdbc.update("delete from film_list where title like 'Zzz Lw %'");
		for (String film : new String[] { this.alpha, this.bravo, this.charlie, this.delta }) {
			this.jdbc.update("delete from film where imdb_id = ?", film);
		}
	}

	@Test
	void createsAListWithLocationETagAndAChangeRecordAndRefusesATakenTitle() {
		MvcTestResult created = this.admin.post("/api/v1/lists",
				"{\"title\":\"Zzz Lw Created\",\"description\":\"Films to see\"}");
		long id = listId("Zzz Lw Created");
		MvcTestResult duplicate = this.admin.post("/api/v1/lists", "{\"title\":\"Zzz Lw Created\"}");

		assertThat(created).hasStatus(201)
			.hasHeader(HttpHeaders.LOCATION, "/api/v1/lists/" + id)
			.hasHeader(HttpHeaders.ETAG, "\"0\"")
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":%d,"title":"Zzz Lw Created","description":"Films to see","films":[],"version":0}"""
				.formatted(id));
		assertThat(this.mvc.get().uri("/api/v1/lists/" + id)).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"0\"");
		assertProblem(duplicate, 409,
				"""
						{"type":"/problems/conflict","title":"Conflict","status":409,
						 "detail":"There is already a list titled 'Zzz Lw Created' (/api/v1/lists/%d); change that one or choose another key",
						 "instance":"/api/v1/lists","code":"conflict","correlationId":"lw"}"""
					.formatted(id));
		assertThat(changes(id)).containsExactly("create list");
	}

	@Test
	void filmsAreAddedAtTheEndOrAtAPositionAndEachAddGivesANewVersion() {
		long id = create("Zzz Lw Growing");

		MvcTestResult first = this.admin.post(items(id), "{\"imdbId\":\"" + this.alpha + "\"}");
		MvcTestResult second = this.admin.post(items(id),
				"{\"imdbId\":\"" + this.bravo + "\",\"note\":\"Start here\"}");
		MvcTestResult inFront = this.admin.post(items(id), "{\"imdbId\":\"" + this.charlie + "\",\"position\":1}");
		MvcTestResult twice = this.admin.post(items(id), "{\"imdbId\":\"" + this.bravo + "\"}");
		MvcTestResult tooFar = this.admin.post(items(id), "{\"imdbId\":\"" + this.delta + "\",\"position\":5}");
		MvcTestResult unknown = this.admin.post(items(id), "{\"imdbId\":\"" + this.missing + "\"}");
		MvcTestResult stale = this.admin.request(org.springframework.http.HttpMethod.POST, items(id), "\"1\"")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"imdbId\":\"" + this.delta + "\"}")
			.exchange();

		assertThat(first).hasStatusOk().satisfies(shownETag(1));
		assertThat(second).hasStatusOk().satisfies(shownETag(2));
		assertThat(inFront).hasStatusOk()
			.satisfies(shownETag(3))
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"id":%d,"title":"Zzz Lw Growing","description":null,"films":[
							  {"position":1,"id":%d,"imdbId":"%7$s","title":"Charlie","releaseYear":2003,"type":"movie","note":null},
							  {"position":2,"id":%d,"imdbId":"%5$s","title":"Alpha","releaseYear":2001,"type":"movie","note":null},
							  {"position":3,"id":%d,"imdbId":"%6$s","title":"Bravo","releaseYear":2002,"type":"movie",
							   "note":"Start here"}],"version":3}"""
						.formatted(id, filmId(this.charlie), filmId(this.alpha), filmId(this.bravo), this.alpha,
								this.bravo, this.charlie));
		assertProblem(twice, 409,
				"""
						{"type":"/problems/conflict","title":"Conflict","status":409,
						 "detail":"There is already film %4$s on list %d (at position 3) (/api/v1/lists/%d); change that one or choose another key",
						 "instance":"/api/v1/lists/%d/items","code":"conflict","correlationId":"lw"}"""
					.formatted(id, id, id, this.bravo));
		assertProblem(tooFar, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: position",
				 "instance":"/api/v1/lists/%d/items","code":"invalid-body","correlationId":"lw",
				 "errors":[{"name":"position","in":"body","message":"must be at most 4: the list has 3 films"}]}"""
			.formatted(id));
		assertProblem(unknown, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: imdbId",
				 "instance":"/api/v1/lists/%d/items","code":"invalid-body","correlationId":"lw",
				 "errors":[{"name":"imdbId","in":"body","message":"names no film: there is no film %2$s"}]}"""
			.formatted(id, this.missing));
		assertProblem(stale, 412, """
				{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
				 "detail":"If-Match does not hold: list %d has changed since it was read (its ETag is now \\"3\\")",
				 "instance":"/api/v1/lists/%d/items","code":"precondition-failed","correlationId":"lw"}""".formatted(id,
				id));
		assertThat(changes(id)).containsExactly("create list", "update list", "update list", "update list");
	}

	@Test
	void reorderingTakesTheWholeOrderAgainstTheVersionRead() {
		long id = create("Zzz Lw Reordered");
		this.admin.post(items(id), "{\"imdbId\":\"" + this.alpha + "\",\"note\":\"Keep me\"}");
		this.admin.post(items(id), "{\"imdbId\":\"" + this.bravo + "\"}");
		MvcTestResult three = this.admin.post(items(id), "{\"imdbId\":\"" + this.charlie + "\"}");
		String body = """
				{"items":[{"imdbId":"%2$s"},{"imdbId":"%3$s","note":"New"},
				          {"imdbId":"%1$s","note":"Keep me"}]}""".formatted(this.alpha, this.charlie, this.delta);

		MvcTestResult unconditional = this.admin.put(items(id), null, body);
		MvcTestResult reordered = this.admin.put(items(id), etag(three), body);
		MvcTestResult stale = this.admin.put(items(id), etag(three), body);

		assertThat(unconditional).hasStatus(428);
		assertThat(reordered).hasStatusOk()
			.satisfies(shownETag(4))
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"id":%d,"title":"Zzz Lw Reordered","description":null,"films":[
							  {"position":1,"id":%d,"imdbId":"%6$s","title":"Charlie","releaseYear":2003,"type":"movie","note":null},
							  {"position":2,"id":%d,"imdbId":"%7$s","title":"Delta","releaseYear":2004,"type":"movie","note":"New"},
							  {"position":3,"id":%d,"imdbId":"%5$s","title":"Alpha","releaseYear":2001,"type":"movie",
							   "note":"Keep me"}],"version":4}"""
						.formatted(id, filmId(this.charlie), filmId(this.delta), filmId(this.alpha), this.alpha,
								this.charlie, this.delta));
		assertProblem(stale, 412, """
				{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
				 "detail":"If-Match does not hold: list %d has changed since it was read (its ETag is now \\"4\\")",
				 "instance":"/api/v1/lists/%d/items","code":"precondition-failed","correlationId":"lw"}""".formatted(id,
				id));
	}

	@Test
	void aReorderNamingUnknownOrRepeatedFilmsIsRefusedWhole() {
		long id = create("Zzz Lw Refused");
		MvcTestResult added = this.admin.post(items(id), "{\"imdbId\":\"" + this.alpha + "\"}");

		MvcTestResult refused = this.admin.put(items(id), etag(added), """
				{"items":[{"imdbId":"%2$s"},{"imdbId":"%3$s"},{"imdbId":"%2$s"},{"imdbId":"nm1"},
				          {"imdbId":"%1$s","position":2}]}""".formatted(this.alpha, this.bravo, this.missing));
		MvcTestResult invalid = this.admin.put(items(id), etag(added), """
				{"items":[{"imdbId":"%1$s"},{"imdbId":"%2$s"},{"imdbId":"%1$s"}]}""".formatted(this.bravo,
				this.missing));
		MvcTestResult missing = this.admin.put(items(id), etag(added), "{}");

		assertProblem(refused, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 2 invalid fields: items[3].imdbId, items[4].position",
				 "instance":"/api/v1/lists/%d/items","code":"invalid-body","correlationId":"lw",
				 "errors":[{"name":"items[3].imdbId","in":"body","message":"must match \\"tt[0-9]{7,10}\\""},
				           {"name":"items[4].position","in":"body","message":"is not a field of this body"}]}"""
			.formatted(id));
		assertProblem(invalid, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 2 invalid fields: items[1].imdbId, items[2].imdbId",
				 "instance":"/api/v1/lists/%d/items","code":"invalid-body","correlationId":"lw",
				 "errors":[{"name":"items[1].imdbId","in":"body","message":"names no film: there is no film %3$s"},
				           {"name":"items[2].imdbId","in":"body","message":"lists %2$s a second time"}]}"""
			.formatted(id, this.bravo, this.missing));
		assertProblem(missing, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: items",
				 "instance":"/api/v1/lists/%d/items","code":"invalid-body","correlationId":"lw",
				 "errors":[{"name":"items","in":"body","message":"must not be null"}]}""".formatted(id));
		assertThat(this.mvc.get().uri("/api/v1/lists/" + id)).hasHeader(HttpHeaders.ETAG, etag(added));
	}

	@Test
	void ofTenConcurrentReordersWithTheSameIfMatchExactlyOneWins() throws Exception {
		long id = create("Zzz Lw Contended");
		String[] films = { this.alpha, this.bravo, this.charlie, this.delta };
		for (String film : films) {
			this.admin.post(items(id), "{\"imdbId\":\"" + film + "\"}");
		}
		String etag = etag(this.mvc.get().uri("/api/v1/lists/" + id).exchange());
		int writers = 10;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(writers);
		List<Integer> answers = new ArrayList<>();
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				String first = films[i % 4];
				String body = "{\"items\":[{\"imdbId\":\"" + first + "\"}]}";
				statuses.add(executor.submit(() -> {
					start.await();
					return this.admin.put(items(id), etag, body).getResponse().getStatus();
				}));
			}
			start.countDown();
			for (Future<Integer> status : statuses) {
				answers.add(status.get());
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(answers).containsOnly(200, 412);
		assertThat(answers).filteredOn((status) -> status == 200).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from film_list_item where list_id = ?", Integer.class, id))
			.isOne();
	}

	@Test
	void removingAFilmClosesTheGapAndNeedsTheVersionRead() {
		long id = create("Zzz Lw Shrinking");
		this.admin.post(items(id), "{\"imdbId\":\"" + this.alpha + "\"}");
		this.admin.post(items(id), "{\"imdbId\":\"" + this.bravo + "\"}");
		MvcTestResult three = this.admin.post(items(id), "{\"imdbId\":\"" + this.charlie + "\"}");

		MvcTestResult unconditional = this.admin.delete(items(id) + "/" + this.alpha, null);
		MvcTestResult removed = this.admin.delete(items(id) + "/" + this.alpha, etag(three));
		String now = etag(this.mvc.get().uri("/api/v1/lists/" + id).exchange());
		MvcTestResult notOnIt = this.admin.delete(items(id) + "/" + this.alpha, now);

		assertThat(unconditional).hasStatus(428);
		assertThat(removed).hasStatus(204);
		assertThat(now).matches("\"4\\.[0-9a-f]{16}\"");
		assertThat(this.mvc.get().uri("/api/v1/lists/" + id)).bodyJson()
			.isStrictlyEqualTo(
					"""
							{"id":%d,"title":"Zzz Lw Shrinking","description":null,"films":[
							  {"position":1,"id":%d,"imdbId":"%4$s","title":"Bravo","releaseYear":2002,"type":"movie","note":null},
							  {"position":2,"id":%d,"imdbId":"%5$s","title":"Charlie","releaseYear":2003,"type":"movie","note":null}],"version":4}"""
						.formatted(id, filmId(this.bravo), filmId(this.charlie), this.bravo, this.charlie));
		assertProblem(notOnIt, 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"Film '%3$s' is not on list %d","instance":"/api/v1/lists/%d/items/%3$s",
				 "code":"not-found","correlationId":"lw"}""".formatted(id, id, this.alpha));
		assertThat(this.jdbc.queryForObject("select count(*) from film where imdb_id = '" + this.alpha + "'",
				Integer.class))
			.isOne();
	}

	@Test
	void replacePatchAndDeleteTheListItself() {
		long id = create("Zzz Lw Renamed");
		MvcTestResult added = this.admin.post(items(id), "{\"imdbId\":\"" + this.alpha + "\"}");
		create("Zzz Lw Taken");

		MvcTestResult taken = this.admin.put("/api/v1/lists/" + id, etag(added), "{\"title\":\"Zzz Lw Taken\"}");
		MvcTestResult replaced = this.admin.put("/api/v1/lists/" + id, etag(added),
				"{\"title\":\"Zzz Lw Renamed Again\",\"description\":\"Now described\"}");
		MvcTestResult invalid = this.admin.patch("/api/v1/lists/" + id, etag(replaced),
				"{\"title\":\"\",\"films\":[],\"id\":3}");
		MvcTestResult patched = this.admin.patch("/api/v1/lists/" + id, etag(replaced), "{\"description\":null}");
		MvcTestResult stale = this.admin.delete("/api/v1/lists/" + id, etag(replaced));
		MvcTestResult deleted = this.admin.delete("/api/v1/lists/" + id, etag(patched));

		assertProblem(taken, 409,
				"""
						{"type":"/problems/conflict","title":"Conflict","status":409,
						 "detail":"There is already a list titled 'Zzz Lw Taken' (/api/v1/lists/%d); change that one or choose another key",
						 "instance":"/api/v1/lists/%d","code":"conflict","correlationId":"lw"}"""
					.formatted(listId("Zzz Lw Taken"), id));
		assertThat(replaced).hasStatusOk()
			.satisfies(shownETag(2))
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"id":%d,"title":"Zzz Lw Renamed Again","description":"Now described","films":[
							  {"position":1,"id":%d,"imdbId":"%3$s","title":"Alpha","releaseYear":2001,"type":"movie","note":null}],"version":2}"""
						.formatted(id, filmId(this.alpha), this.alpha));
		assertProblem(invalid, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 3 invalid fields: films, id, title",
				 "instance":"/api/v1/lists/%d","code":"invalid-body","correlationId":"lw",
				 "errors":[{"name":"films","in":"body","message":"is not a field of this body"},
				           {"name":"id","in":"body","message":"is read-only: the server assigns it"},
				           {"name":"title","in":"body","message":"must not be blank"}]}""".formatted(id));
		assertThat(patched).hasStatusOk().satisfies(shownETag(3));
		assertThat(patched).bodyJson().extractingPath("$.description").isNull();
		assertThat(stale).hasStatus(412);
		assertThat(deleted).hasStatus(204);
		assertThat(this.mvc.get().uri("/api/v1/lists/" + id)).hasStatus(404);
		assertThat(this.jdbc.queryForObject("select count(*) from film where imdb_id = '" + this.alpha + "'",
				Integer.class))
			.isOne();
		assertThat(changes(id)).containsExactly("create list", "update list", "update list", "update list",
				"delete list");
	}

	@Test
	void aFilmDocumentThatPutsAFilmOnAListChangesTheListsVersion() {
		long id = create("Zzz Lw Documented");

		this.documents
			.upsert(FilmDocumentBuilder.film(this.alpha, "Alpha").year(2001).list("Zzz Lw Documented").build());

		assertThat(this.mvc.get().uri("/api/v1/lists/" + id)).satisfies(shownETag(1));
		assertThat(changes(id)).containsExactly("create list", "update list");
	}

	@Test
	void listWritesNeedAnAdminKey() {
		long id = create("Zzz Lw Guarded");

		MvcTestResult anonymous = this.admin.as("").post(items(id), "{\"imdbId\":\"" + this.alpha + "\"}");
		MvcTestResult reader = this.admin.as(TestKeys.reader(this.keys)).put(items(id), "\"0\"", "{\"items\":[]}");

		assertThat(anonymous).hasStatus(401);
		assertThat(anonymous).bodyJson().extractingPath("$.code").isEqualTo("unauthorized");
		assertThat(reader).hasStatus(403);
		assertThat(reader).bodyJson().extractingPath("$.code").isEqualTo("forbidden");
	}

	private long create(String title) {
		assertThat(this.admin.post("/api/v1/lists", "{\"title\":\"" + title + "\"}")).hasStatus(201);
		return listId(title);
	}

	private static String items(long id) {
		return "/api/v1/lists/" + id + "/items";
	}

	private long listId(String title) {
		return this.jdbc.queryForObject("select id from film_list where title = ?", Long.class, title);
	}

	private long filmId(String film) {
		return this.jdbc.queryForObject("select id from film where imdb_id = ?", Long.class, film);
	}

	private List<String> changes(long id) {
		return this.jdbc.queryForList("select action || ' ' || resource_type from change_event"
				+ " where resource_type = 'list' and resource_id = ? order by id", String.class, id);
	}

}
