package dev.marquee.film;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestFilms;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.shownETag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST, PUT, PATCH and DELETE of single items of the list sections: each item's version
 * as ETag, If-Match on every change, the film's version moving with every write, and
 * every refusal, each on films of its own.
 */
@MarqueeTest
class SectionItemWriteTests {

	private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	@Autowired
	MockMvcTester mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private String admin;

	private TestFilms films;

	@BeforeEach
	void issueAdminKey() {
		this.admin = TestKeys.admin(this.keys);
		this.films = new TestFilms(this.documents);
	}

	/**
	 * Each section with a body to add, one to replace it with, a merge patch and the item
	 * that patch leaves (each as answered, less the item's id).
	 */
	static Stream<Arguments> sections() {
		return Stream.of(Arguments.of("translations", """
				{"language":"de","title":"La La Land","plot":"Ein Pianist und eine Schauspielerin.","tagline":null}""",
				"""
						{"language":"pt-BR","title":"La La Land: Cantando Estações","plot":null,"tagline":"Aos tolos que sonham."}""",
				"""
						{"language":"es-MX","plot":"Un pianista y una actriz."}""",
				"""
						{"language":"es-MX","title":"La La Land: Cantando Estações","plot":"Un pianista y una actriz.","tagline":"Aos tolos que sonham."}"""),
				Arguments.of("videos",
						"""
								{"kind":"trailer","site":"youtube","key":"0pdqf4P9MB8","url":null,"name":"Official Trailer","language":"en","official":true,"publishedOn":"2016-11-16"}""",
						"""
								{"kind":"clip","site":"web","key":null,"url":"https://example.org/clip.mp4","name":"Planetarium","language":null,"official":false,"publishedOn":null}""",
						"""
								{"kind":"featurette","official":true}""",
						"""
								{"kind":"featurette","site":"web","key":null,"url":"https://example.org/clip.mp4","name":"Planetarium","language":null,"official":true,"publishedOn":null}"""),
				Arguments.of("keywords", """
						{"slug":"jazz-club","name":"jazz club"}""", """
						{"slug":"tap-dance","name":"tap dance"}""", """
						{"slug":"planetarium","name":"planetarium"}""", """
						{"slug":"planetarium","name":"planetarium"}"""), Arguments.of("certifications", """
						{"country":"US","rating":"PG-13","releaseType":"theatrical","note":"for some language"}""", """
						{"country":"GB","rating":"12A","releaseType":null,"note":null}""", """
						{"releaseType":"digital","note":"Home video"}""", """
						{"country":"GB","rating":"12A","releaseType":"digital","note":"Home video"}"""),
				Arguments.of("taglines", """
						{"text":"Here's to the fools who dream."}""", """
						{"text":"City of stars."}""", """
						{"text":"Are you shining just for me?"}""", """
						{"text":"Are you shining just for me?"}"""), Arguments.of("trivia", """
						{"text":"Shot in 40 days.","spoiler":false,"interestingVotes":3,"totalVotes":4}""", """
						{"text":"Shot in 41 days.","spoiler":true,"interestingVotes":0,"totalVotes":0}""", """
						{"spoiler":false,"totalVotes":9}""", """
						{"text":"Shot in 41 days.","spoiler":false,"interestingVotes":0,"totalVotes":9}"""),
				Arguments.of("goofs", """
						{"category":"continuity","text":"The cup moves.","spoiler":false}""", """
						{"category":"factual_error","text":"Wrong year.","spoiler":true}""", """
						{"text":"Wrong decade."}""", """
						{"category":"factual_error","text":"Wrong decade.","spoiler":true}"""),
				Arguments.of("crazy-credits", """
						{"text":"No animals were harmed."}""", """
						{"text":"Some animals were annoyed."}""", """
						{"text":"Every animal was consulted."}""", """
						{"text":"Every animal was consulted."}"""),
				Arguments.of("connections",
						"""
								{"kind":"references","related":{"imdbId":"tt0000001","title":"Old One","releaseYear":1950},"note":null}""",
						"""
								{"kind":"spoofs","related":{"imdbId":null,"title":"No Id","releaseYear":null},"note":"A nod"}""",
						"""
								{"related":{"releaseYear":1999},"note":null}""",
						"""
								{"kind":"spoofs","related":{"id":null,"imdbId":null,"title":"No Id","releaseYear":1999},"note":null}"""),
				Arguments.of("locations", """
						{"place":"Griffith Observatory, Los Angeles","note":"Planetarium"}""", """
						{"place":"Hermosa Beach Pier","note":null}""", """
						{"note":"Lighthouse Cafe"}""", """
						{"place":"Hermosa Beach Pier","note":"Lighthouse Cafe"}"""),
				Arguments.of("alternate-titles",
						"""
								{"title":"Ла-Ла Ленд","region":"RU","language":null,"types":[],"attributes":[],"original":false}""",
						"""
								{"title":"Kaliforniai álom","region":"HU","language":"hu","types":["imdbDisplay"],"attributes":[],"original":false}""",
						"""
								{"language":null,"attributes":["alternative spelling"]}""",
						"""
								{"title":"Kaliforniai álom","region":"HU","language":null,"types":["imdbDisplay"],"attributes":["alternative spelling"],"original":false}"""),
				Arguments.of("release-dates", """
						{"country":"US","date":"2016-12-09","note":"limited"}""", """
						{"country":"GB","date":"2017-01-12","note":null}""", """
						{"date":"2017-01-13"}""", """
						{"country":"GB","date":"2017-01-13","note":null}"""), Arguments.of("reviews", """
						{"title":"Lovely","body":"Sang along.","author":"fan","publishedOn":"2017-01-01","rating":9,
						 "spoiler":false,"helpfulVotes":1,"unhelpfulVotes":0,"featured":false}""", """
						{"title":"Fine","body":"Hummed along.","author":"critic","publishedOn":"2017-02-01","rating":6,
						 "spoiler":true,"helpfulVotes":0,"unhelpfulVotes":2,"featured":true}""", """
						{"rating":null,"featured":false}""",
						"""
								{"title":"Fine","body":"Hummed along.","author":"critic","publishedOn":"2017-02-01","rating":null,
								 "spoiler":true,"helpfulVotes":0,"unhelpfulVotes":2,"featured":false}"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sections")
	void anItemIsAddedReadReplacedPatchedAndDeletedEachWriteGivingItAndTheFilmANewVersion(String section, String added,
			String replaced, String patch, String patched) throws Exception {
		String film = this.films.create(FilmDocumentBuilder.film("Item writes " + section)).imdbId();
		String path = "/api/v1/films/" + film + "/" + section;
		long filmVersion = filmVersion(film);

		MvcTestResult created = this.mvc.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(added)
			.exchange();
		assertThat(created).hasStatus(201).hasContentType(MediaType.APPLICATION_JSON);
		long itemId = idOf(created);
		String item = path + "/" + itemId;
		assertThat(created).hasHeader(HttpHeaders.LOCATION, item).hasHeader(HttpHeaders.ETAG, "\"0\"");
		assertThat(created).bodyJson().isStrictlyEqualTo(answered(added, itemId, 0));
		assertThat(filmVersion(film)).isGreaterThan(filmVersion);

		MvcTestResult read = this.mvc.get().uri(item).exchange();
		assertThat(read).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"0\"");
		assertThat(read).bodyJson().isStrictlyEqualTo(answered(added, itemId, 0));

		filmVersion = filmVersion(film);
		MvcTestResult put = write(this.mvc.put().uri(item).contentType(MediaType.APPLICATION_JSON).content(replaced),
				"\"0\"");
		assertThat(put).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");
		assertThat(put).bodyJson().isStrictlyEqualTo(answered(replaced, itemId, 1));
		assertThat(filmVersion(film)).isGreaterThan(filmVersion);

		MvcTestResult patchedResult = write(this.mvc.patch().uri(item).contentType(MERGE_PATCH).content(patch),
				"\"1\"");
		assertThat(patchedResult).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"2\"");
		assertThat(patchedResult).bodyJson().isStrictlyEqualTo(answered(patched, itemId, 2));
		assertThat(this.mvc.get().uri(item).exchange()).bodyJson().isStrictlyEqualTo(answered(patched, itemId, 2));

		filmVersion = filmVersion(film);
		MvcTestResult deleted = write(this.mvc.delete().uri(item), "\"2\"");
		assertThat(deleted).hasStatus(204);
		assertThat(this.mvc.get().uri(item).exchange()).hasStatus(404);
		assertThat(filmVersion(film)).isGreaterThan(filmVersion);
	}

	@Test
	void aCastCreditNamesItsPersonByRefAndDeletingItKeepsThePerson() throws Exception {
		String film = this.films.create(FilmDocumentBuilder.film("Cast writes")).imdbId();
		String person = TestIds.person();
		String path = "/api/v1/films/" + film + "/cast";

		MvcTestResult created = this.mvc.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"person":{"imdbId":"%s","name":"Ada Cast"},"characters":["Mia"],"billingOrder":1,
					 "creditedAs":null,"note":null}""".formatted(person))
			.exchange();
		assertThat(created).hasStatus(201).satisfies(shownETag(0));
		long itemId = idOf(created);
		long ada = this.jdbc.queryForObject("select id from person where imdb_id = '" + person + "'", Long.class);
		assertThat(created).hasHeader(HttpHeaders.LOCATION, path + "/" + itemId).bodyJson().isStrictlyEqualTo("""
				{"id":%d,"person":{"id":%d,"imdbId":"%s","name":"Ada Cast"},"characters":["Mia"],
				 "billingOrder":1,"creditedAs":null,"note":null,"version":0}""".formatted(itemId, ada, person));

		MvcTestResult patched = write(this.mvc.patch()
			.uri(path + "/" + itemId)
			.contentType(MERGE_PATCH)
			.content("{\"person\":{\"imdbId\":null,\"name\":\"Bo Cast\"},\"note\":\"uncredited\"}"), "\"0\"");
		long bo = this.jdbc.queryForObject("select id from person where name = 'Bo Cast'", Long.class);
		assertThat(patched).hasStatusOk().satisfies(shownETag(1)).bodyJson().isStrictlyEqualTo("""
				{"id":%d,"person":{"id":%d,"imdbId":null,"name":"Bo Cast"},"characters":["Mia"],
				 "billingOrder":1,"creditedAs":null,"note":"uncredited","version":1}""".formatted(itemId, bo));
		assertThat(this.mvc.get().uri(path + "/" + itemId).exchange()).satisfies(shownETag(1));

		assertThat(write(this.mvc.delete().uri(path + "/" + itemId), "\"1\"")).hasStatus(204);
		assertThat(this.jdbc.queryForObject("select count(*) from person where id in (?, ?)", Integer.class, ada, bo))
			.isEqualTo(2);
	}

	/**
	 * A field the document marks optional with a default may be left out: the item gets
	 * the default (false, 0), as the OpenAPI document says.
	 */
	@Test
	void fieldsWithDefaultsMayBeLeftOut() throws Exception {
		String film = this.films.create(FilmDocumentBuilder.film("Defaults")).imdbId();

		MvcTestResult trivia = this.mvc.post()
			.uri("/api/v1/films/" + film + "/trivia")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Shot in 40 days.\"}")
			.exchange();
		MvcTestResult review = this.mvc.post()
			.uri("/api/v1/films/" + film + "/reviews")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"Fine","body":"A fine film.","author":"someone","publishedOn":"2020-01-01"}""")
			.exchange();

		assertThat(trivia).hasStatus(201)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"id":%d,"text":"Shot in 40 days.","spoiler":false,"interestingVotes":0,"totalVotes":0,"version":0}"""
						.formatted(
								this.json.readTree(trivia.getResponse().getContentAsByteArray()).get("id").asLong()));
		assertThat(review).hasStatus(201)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"id":%d,"title":"Fine","body":"A fine film.","author":"someone","publishedOn":"2020-01-01",
					 "rating":null,"spoiler":false,"helpfulVotes":0,"unhelpfulVotes":0,"featured":false,"version":0}"""
				.formatted(this.json.readTree(review.getResponse().getContentAsByteArray()).get("id").asLong()));
	}

	@Test
	void concurrentWritesOfDifferentItemsOfOneFilmDoNotConflict() throws Exception {
		String film = this.films.create(FilmDocumentBuilder.film("Busy")).imdbId();
		long filmVersion = filmVersion(film);
		int writers = 20;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(writers);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				String body = "{\"text\":\"Fact " + i + "\",\"spoiler\":false,\"interestingVotes\":0,\"totalVotes\":0}";
				statuses.add(executor.submit(() -> {
					start.await();
					return this.mvc.post()
						.uri("/api/v1/films/" + film + "/trivia")
						.header(HttpHeaders.AUTHORIZATION, this.admin)
						.contentType(MediaType.APPLICATION_JSON)
						.content(body)
						.exchange()
						.getResponse()
						.getStatus();
				}));
			}
			start.countDown();
			for (Future<Integer> status : statuses) {
				assertThat(status.get()).isEqualTo(201);
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(filmVersion(film)).isEqualTo(filmVersion + writers);
	}

	@Test
	void itemWritesAreRefusedWithEveryProblemAndWriteNothing() throws Exception {
		String film = this.films.create(FilmDocumentBuilder.film("Refusing").trivia("Kept as is", false)).imdbId();
		String other = this.films.create(FilmDocumentBuilder.film("Other").trivia("Another film's", false)).imdbId();
		long itemId = this.jdbc.queryForObject(
				"select t.id from trivia t join film f on f.id = t.film_id where f.imdb_id = '" + film + "'",
				Long.class);
		long othersItem = this.jdbc.queryForObject(
				"select t.id from trivia t join film f on f.id = t.film_id where f.imdb_id = '" + other + "'",
				Long.class);
		String path = "/api/v1/films/" + film + "/trivia";
		String item = path + "/" + itemId;
		String body = "{\"text\":\"Changed\",\"spoiler\":false,\"interestingVotes\":0,\"totalVotes\":0}";

		assertProblem(
				this.mvc.put()
					.uri(item)
					.header(HttpHeaders.AUTHORIZATION, this.admin)
					.header("X-Request-Id", "si-428")
					.contentType(MediaType.APPLICATION_JSON)
					.content(body)
					.exchange(),
				428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of trivia item %d of film %s as you read it (currently \\"0\\"), so that no edit is lost",
						 "instance":"%s","code":"precondition-required","correlationId":"si-428"}"""
					.formatted(itemId, film, item));
		assertProblem(
				request(this.mvc.patch().uri(item).contentType(MERGE_PATCH).content("{\"text\":\"x\"}"), "\"7\"",
						"si-412"),
				412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: trivia item %d of film %s has changed since it was read (its ETag is now \\"0\\")",
						 "instance":"%s","code":"precondition-failed","correlationId":"si-412"}"""
					.formatted(itemId, film, item));
		assertProblem(request(this.mvc.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":5,\"version\":1,\"text\":\"\",\"spoiler\":false,\"interestingVotes\":0,\"totalVotes\":-1,"
					+ "\"funny\":true}"),
				null, "si-400"), 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 5 invalid fields: funny, id, text, totalVotes, version",
						 "instance":"%s","code":"invalid-body","correlationId":"si-400",
						 "errors":[{"name":"funny","in":"body","message":"is not a field of this body"},
						           {"name":"id","in":"body","message":"is read-only: the server assigns it"},
						           {"name":"text","in":"body","message":"must not be blank"},
						           {"name":"totalVotes","in":"body","message":"must be greater than or equal to 0"},
						           {"name":"version","in":"body","message":"is read-only: the server assigns it"}]}"""
					.formatted(path));
		assertProblem(
				request(this.mvc.post()
					.uri(path)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"text\":\"\",\"spoiler\":false,\"interestingVotes\":0,\"totalVotes\":-1}"), null,
						"si-bv"),
				400, """
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 2 invalid fields: text, totalVotes",
						 "instance":"%s","code":"invalid-body","correlationId":"si-bv",
						 "errors":[{"name":"text","in":"body","message":"must not be blank"},
						           {"name":"totalVotes","in":"body","message":"must be greater than or equal to 0"}]}"""
					.formatted(path));
		assertProblem(
				request(this.mvc.patch().uri(item).contentType(MERGE_PATCH).content("{\"text\":null}"), "\"0\"",
						"si-pv"),
				400, """
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 1 invalid field: text",
						 "instance":"%s","code":"invalid-body","correlationId":"si-pv",
						 "errors":[{"name":"text","in":"body","message":"must not be blank"}]}""".formatted(item));
		assertProblem(
				request(this.mvc.patch().uri(item).contentType(MediaType.APPLICATION_JSON).content("{}"), "\"0\"",
						"si-415"),
				415,
				"""
						{"type":"/problems/unsupported-media-type","title":"Unsupported media type","status":415,
						 "detail":"Content-Type application/json is not accepted here; send application/merge-patch+json",
						 "instance":"%s","code":"unsupported-media-type","correlationId":"si-415"}"""
					.formatted(item));
		String elsewhere = path + "/" + othersItem;
		assertProblem(request(this.mvc.delete().uri(elsewhere), "\"0\"", "si-404"), 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"Film '%s' has no trivia item with id %d",
				 "instance":"%s","code":"not-found","correlationId":"si-404"}""".formatted(film, othersItem,
				elsewhere));
		MvcTestResult anonymous = this.mvc.delete()
			.uri(item)
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.header("X-Request-Id", "si-401")
			.exchange();
		assertThat(anonymous).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(anonymous).bodyJson().extractingPath("$.code").isEqualTo("unauthorized");
		MvcTestResult reader = this.mvc.delete()
			.uri(item)
			.header(HttpHeaders.AUTHORIZATION, TestKeys.reader(this.keys))
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.exchange();
		assertThat(reader).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(reader).bodyJson().extractingPath("$.code").isEqualTo("forbidden");

		assertThat(this.mvc.get().uri(item).exchange()).hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, "\"0\"")
			.bodyJson()
			.extractingPath("$.text")
			.isEqualTo("Kept as is");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from trivia t join film f on f.id = t.film_id " + "where f.imdb_id = '" + film + "'",
				Integer.class))
			.isOne();
	}

	@Test
	void aConnectionNamingItsFilmsYearByTheOldNameIsRefusedAndPointedToReleaseYear() throws Exception {
		String film = this.films.create(FilmDocumentBuilder.film("Old names")).imdbId();
		String path = "/api/v1/films/" + film + "/connections";
		assertProblem(request(this.mvc.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"references\",\"related\":{\"title\":\"Old One\",\"year\":1950},\"note\":null}"), null,
				"si-renamed"), 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 1 invalid field: related.year",
						 "instance":"%s","code":"invalid-body","correlationId":"si-renamed",
						 "errors":[{"name":"related.year","in":"body","message":"is not a field of this body (did you mean 'releaseYear'?)"}]}"""
					.formatted(path));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from connection c join film f on f.id = c.film_id where f.imdb_id = ?", Integer.class,
				film))
			.isZero();
	}

	private MvcTestResult request(MockMvcTester.MockMvcRequestBuilder request, String ifMatch, String requestId) {
		request.header(HttpHeaders.AUTHORIZATION, this.admin).header("X-Request-Id", requestId);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.exchange();
	}

	private MvcTestResult write(MockMvcTester.MockMvcRequestBuilder request, String ifMatch) {
		return request.header(HttpHeaders.AUTHORIZATION, this.admin).header(HttpHeaders.IF_MATCH, ifMatch).exchange();
	}

	private long filmVersion(String imdbId) {
		return this.jdbc.queryForObject("select version from film where imdb_id = ?", Long.class, imdbId);
	}

	private static long idOf(MvcTestResult result) throws Exception {
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
	}

	/**
	 * The item as answered: its id first, its version last, and a related title not in
	 * the catalogue answered with a null id.
	 */
	private static String answered(String json, long id, long version) {
		String body = json.strip();
		if (body.contains("\"related\":{\"imdbId\"")) {
			body = body.replace("\"related\":{\"imdbId\"", "\"related\":{\"id\":null,\"imdbId\"");
		}
		return "{\"id\":" + id + "," + body.substring(1, body.length() - 1) + ",\"version\":" + version + "}";
	}

	private static void assertProblem(MvcTestResult result, int status, String expectedJson) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo(expectedJson);
	}

}
