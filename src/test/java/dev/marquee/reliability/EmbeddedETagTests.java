package dev.marquee.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.TestKeys;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static dev.marquee.testdata.AdminCalls.assertProblem;
import static dev.marquee.testdata.AdminCalls.body;
import static dev.marquee.testdata.AdminCalls.etag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard against stale 304s: for every kind of thing a response shows of another
 * resource, an edit of it, and every GET that shows it (a title page with each section
 * that shows it, and with all). Each pair reads the GET, makes the edit, and expects a
 * changed body under a new ETag, 200 (never 304) for the old ETag in If-None-Match (which
 * answered 304 before the edit), and 304 for the new one.
 * <p>
 * {@link #SHOWN_BY} is the table: a new GET that shows another resource goes in it, else
 * in {@link #SHOWS_NOTHING_OF_OTHERS} or {@link #WITHOUT_ETAG};
 * {@link #everyGetRouteIsCovered} fails until it is in one of them. Data: films
 * {@code tt913NNN01} to {@code tt913NNN05}, person {@code nm913NNNN1}, company
 * {@code co913NNNN1}, list "0000 Et N", a fresh N per case.
 */
@MarqueeTest
class EmbeddedETagTests {

	private static final AtomicInteger CASES = new AtomicInteger();

	/**
	 * GETs that show nothing of other resources: their ETag needs only their own version,
	 * or is the hash of a body made of their own rows (the change feed names resources by
	 * id alone).
	 */
	private static final Set<String> SHOWS_NOTHING_OF_OTHERS = Set.of("/api/v1/films/{id}/goofs",
			"/api/v1/films/{id}/goofs/{itemId}", "/api/v1/films/{id}/crazy-credits",
			"/api/v1/films/{id}/crazy-credits/{itemId}", "/api/v1/films/{id}/locations",
			"/api/v1/films/{id}/locations/{itemId}", "/api/v1/films/{id}/alternate-titles",
			"/api/v1/films/{id}/alternate-titles/{itemId}", "/api/v1/films/{id}/release-dates",
			"/api/v1/films/{id}/release-dates/{itemId}", "/api/v1/films/{id}/reviews",
			"/api/v1/films/{id}/reviews/{itemId}", "/api/v1/films/{id}/box-office", "/api/v1/films/{id}/awards/summary",
			"/api/v1/films/{id}/taglines", "/api/v1/films/{id}/taglines/{itemId}", "/api/v1/films/{id}/certifications",
			"/api/v1/films/{id}/certifications/{itemId}", "/api/v1/films/{id}/keywords",
			"/api/v1/films/{id}/keywords/{itemId}", "/api/v1/keywords/{slug}", "/api/v1/films/{id}/videos",
			"/api/v1/films/{id}/videos/{itemId}", "/api/v1/films/{id}/translations",
			"/api/v1/films/{id}/translations/{itemId}", "/api/v1/changes", "/api/v1/films/{id}/images",
			"/api/v1/films/{id}/images/{itemId}", "/api/v1/people/{id}/images", "/api/v1/people/{id}/images/{itemId}",
			"/api/v1/companies/{id}/images", "/api/v1/companies/{id}/images/{itemId}");

	/**
	 * GETs without an ETag to go stale: the streamed export, and the admin reads answered
	 * {@code no-store}.
	 */
	private static final Set<String> WITHOUT_ETAG = Set.of("/api/v1/films/documents", "/api/v1/admin/api-keys",
			"/api/v1/admin/api-keys/{id}", "/api/v1/admin/imports", "/api/v1/admin/imports/{id}");

	/**
	 * For each edit, the GETs that show what it changes: (route, the URI of the case).
	 */
	private static final Map<String, List<Get>> SHOWN_BY = new LinkedHashMap<>();

	/**
	 * How each edit is made.
	 */
	private static final Map<String, Consumer<Fixture>> EDITS = new LinkedHashMap<>();

	static {
		edit("person renamed",
				(f) -> f.patch("/api/v1/people/" + f.person(), "{\"name\":\"Et Person " + f.n + " Renamed\"}"),
				get("/api/v1/people/{id}", (f) -> "/api/v1/people/" + f.person()),
				get("/api/v1/people", (f) -> "/api/v1/people?q=Et%20Person%20" + f.n),
				get("/api/v1/films/{id}/cast/{itemId}", (f) -> f.item("cast", "cast_credit")),
				get("/api/v1/films/{id}/crew/{itemId}", (f) -> f.item("crew", "crew_credit")),
				get("/api/v1/films/{id}/soundtracks/{itemId}", (f) -> f.item("soundtracks", "soundtrack")),
				get("/api/v1/films/{id}/awards/nominations/{itemId}",
						(f) -> f.item("awards/nominations", "award_nomination")),
				get("/api/v1/films/{id}/cast", (f) -> f.film("a") + "/cast"),
				get("/api/v1/films/{id}/crew", (f) -> f.film("a") + "/crew"),
				get("/api/v1/films/{id}/soundtracks", (f) -> f.film("a") + "/soundtracks"),
				get("/api/v1/films/{id}/awards", (f) -> f.film("a") + "/awards"),
				get("/api/v1/films/{id}", (f) -> f.film("a") + "?include=all"),
				get("/api/v1/films/{id}", (f) -> f.film("a") + "?include=cast"),
				get("/api/v1/films/{id}", (f) -> f.film("a") + "?include=crew"),
				get("/api/v1/films/{id}", (f) -> f.film("a") + "?include=soundtracks"),
				get("/api/v1/films/{id}", (f) -> f.film("a") + "?include=awards"),
				get("/api/v1/films/{imdbId}/document", (f) -> f.film("a") + "/document"),
				get("/api/v1/search", (f) -> "/api/v1/search?q=Et Person " + f.n));
		edit("company renamed",
				(f) -> f.patch("/api/v1/companies/" + f.company(), "{\"name\":\"Et Company " + f.n + " Renamed\"}"),
				get("/api/v1/companies/{id}", (f) -> "/api/v1/companies/" + f.company()),
				get("/api/v1/companies", (f) -> "/api/v1/companies?q=Et%20Company%20" + f.n),
				get("/api/v1/films/{id}/companies/{itemId}", (f) -> f.item("companies", "company_credit")),
				get("/api/v1/films/{id}/companies", (f) -> f.film("a") + "/companies"),
				get("/api/v1/films/{id}", (f) -> f.film("a") + "?include=companies"),
				get("/api/v1/films/{imdbId}/document", (f) -> f.film("a") + "/document"));
		edit("list renamed", (f) -> f.patch(f.list(), "{\"title\":\"0000 Et " + f.n + " Renamed\"}"),
				get("/api/v1/lists/{id}", Fixture::list), get("/api/v1/lists", (f) -> "/api/v1/lists?size=100"),
				get("/api/v1/films/{id}", (f) -> f.film("a") + "?include=lists"),
				get("/api/v1/films/{id}", (f) -> f.film("b") + "?include=all"),
				get("/api/v1/films/{imdbId}/document", (f) -> f.film("a") + "/document"));
		edit("film added to a list",
				(f) -> assertThat(f.admin.post(f.list() + "/items", "{\"imdbId\":\"" + f.imdbId("s") + "\"}"))
					.hasStatusOk(),
				get("/api/v1/lists/{id}", Fixture::list),
				get("/api/v1/films/{id}", (f) -> f.film("s") + "?include=lists"),
				get("/api/v1/films/{imdbId}/document", (f) -> f.film("s") + "/document"));
		edit("film on a list renamed", (f) -> f.patch(f.film("b"), "{\"title\":\"Et Film " + f.n + " B Renamed\"}"),
				get("/api/v1/lists/{id}", Fixture::list),
				get("/api/v1/people/{id}/credits", (f) -> "/api/v1/people/" + f.person() + "/credits"),
				get("/api/v1/films/{id}", (f) -> f.film("b")),
				get("/api/v1/films/{imdbId}/document", (f) -> f.film("b") + "/document"),
				get("/api/v1/films/batch", (f) -> "/api/v1/films/batch?ids=" + f.imdbId("b")),
				get("/api/v1/films", (f) -> "/api/v1/films?person=" + f.person()),
				get("/api/v1/keywords/{slug}/films", (f) -> f.keywordFilms("b")),
				get("/api/v1/films/{id}/similar", (f) -> f.film("a") + "/similar"),
				get("/api/v1/films/{id}", (f) -> f.film("a") + "?include=similar"),
				get("/api/v1/films/suggest", (f) -> "/api/v1/films/suggest?q=Et Film " + f.n));
		edit("series renamed", (f) -> f.patch(f.film("s"), "{\"title\":\"Et Film " + f.n + " S Renamed\"}"),
				get("/api/v1/films/{id}", (f) -> f.film("e")),
				get("/api/v1/films/{id}", (f) -> f.film("e") + "?include=all"));
		edit("episode renamed", (f) -> f.patch(f.film("e"), "{\"title\":\"Et Film " + f.n + " E Renamed\"}"),
				get("/api/v1/films/{id}/episodes", (f) -> f.film("s") + "/episodes"));
		edit("section item edited",
				(f) -> f.patch(f.item("trivia", "trivia"), "{\"text\":\"Et trivia " + f.n + " edited\"}"),
				get("/api/v1/films/{id}/trivia/{itemId}", (f) -> f.item("trivia", "trivia")),
				get("/api/v1/films/{id}/trivia", (f) -> f.film("a") + "/trivia"),
				get("/api/v1/films/{id}", (f) -> f.film("a")),
				get("/api/v1/films/{id}", (f) -> f.film("a") + "?include=trivia"),
				get("/api/v1/films/{id}", (f) -> f.film("a") + "?include=all"),
				get("/api/v1/films/{imdbId}/document", (f) -> f.film("a") + "/document"));
		edit("connected film deleted", (f) -> f.delete(f.film("b")),
				get("/api/v1/films/{id}/connections/{itemId}", (f) -> f.item("connections", "connection")),
				get("/api/v1/films/{id}/connections", (f) -> f.film("a") + "/connections"),
				get("/api/v1/films/{id}", (f) -> f.film("a") + "?include=connections"),
				get("/api/v1/films/{id}", (f) -> f.film("a") + "?include=all"),
				get("/api/v1/lists/{id}", Fixture::list));
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private AdminCalls admin;

	@BeforeEach
	void key() {
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "et");
	}

	@AfterEach
	void deleteData() {
		this.jdbc.update("DELETE FROM film WHERE imdb_id LIKE 'tt913_____'");
		this.jdbc.update("DELETE FROM film_list WHERE title LIKE '0000 Et %'");
		this.jdbc.update("DELETE FROM person WHERE imdb_id LIKE 'nm913_____'");
		this.jdbc.update("DELETE FROM company WHERE imdb_id LIKE 'co913_____'");
		this.jdbc.update("DELETE FROM keyword WHERE slug LIKE 'et-keyword-%'");
	}

	static Stream<Arguments> pairs() {
		return SHOWN_BY.entrySet()
			.stream()
			.flatMap((entry) -> entry.getValue().stream().map((get) -> Arguments.of(entry.getKey(), get)));
	}

	@ParameterizedTest(name = "{0} → GET {1}")
	@MethodSource("pairs")
	void everyGetShowingAnEditedResourceAnswersItUnderANewETag(String edit, Get get) {
		Fixture fixture = new Fixture(CASES.incrementAndGet(), this.admin, this.jdbc, this.mvc);
		String uri = get.uri.apply(fixture);
		MvcTestResult before = this.mvc.get().uri(uri).exchange();
		assertThat(before).hasStatusOk();
		String oldTag = etag(before);
		// twice: the second answer may come from what the first read
		assertThat(this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, oldTag)).hasStatus(304);
		assertThat(this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, oldTag)).hasStatus(304);

		EDITS.get(edit).accept(fixture);

		MvcTestResult after = this.mvc.get().uri(uri).exchange();
		assertThat(after).hasStatusOk();
		assertThat(body(after)).as("the body of %s shows the edit", uri).isNotEqualTo(body(before));
		String newTag = etag(after);
		assertThat(newTag).as("the ETag of %s", uri).isNotEqualTo(oldTag);
		MvcTestResult withOldTag = this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, oldTag).exchange();
		assertThat(withOldTag).hasStatusOk().hasHeader(HttpHeaders.ETAG, newTag);
		assertThat(body(withOldTag)).isEqualTo(body(after));
		assertThat(this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, newTag)).hasStatus(304);
	}

	@Test
	void writersSendBackTheETagTheyReadWhateverTheShownResourcesDidSince() {
		Fixture fixture = new Fixture(CASES.incrementAndGet(), this.admin, this.jdbc, this.mvc);
		String item = fixture.item("cast", "cast_credit");
		String read = etag(this.mvc.get().uri(item).exchange());
		EDITS.get("person renamed").accept(fixture);
		String now = etag(this.mvc.get().uri(item).exchange());
		String version = read.substring(1, read.indexOf('.'));

		assertThat(read).matches("\"0\\.[0-9a-f]{16}\"");
		assertThat(now).startsWith("\"0.").isNotEqualTo(read);
		MvcTestResult weak = this.admin.patch(item, "W/" + read, "{\"note\":\"weak\"}");
		MvcTestResult otherVersion = this.admin.patch(item, "\"7" + read.substring(read.indexOf('.')),
				"{\"note\":\"stale\"}");
		MvcTestResult written = this.admin.patch(item, read, "{\"note\":\"as read\"}");

		String refused = """
				{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
				 "detail":"If-Match does not hold: cast item %s of film %s has changed since it was read (its ETag is now \\"%s\\")",
				 "instance":"%s","code":"precondition-failed","correlationId":"et"}""";
		String itemId = item.substring(item.lastIndexOf('/') + 1);
		assertProblem(weak, 412, refused.formatted(itemId, fixture.imdbId("a"), version, item));
		assertProblem(otherVersion, 412, refused.formatted(itemId, fixture.imdbId("a"), version, item));
		assertThat(written).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1" + now.substring(now.indexOf('.')));
		assertThat(written).bodyJson()
			.isStrictlyEqualTo("""
					{"id":%s,"person":{"id":%d,"imdbId":"%s","name":"Et Person %d Renamed"},"characters":["Et"],
					 "billingOrder":1,"creditedAs":null,"note":"as read","version":1}""".formatted(itemId,
					this.jdbc.queryForObject("SELECT id FROM person WHERE imdb_id = ?", Long.class, fixture.person()),
					fixture.person(), fixture.n));
	}

	@Test
	void everyGetRouteIsCovered() {
		Set<String> routes = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				info.getPatternValues().stream().filter((route) -> route.startsWith("/api/")).forEach(routes::add);
			}
		});
		Set<String> covered = new TreeSet<>(SHOWS_NOTHING_OF_OTHERS);
		covered.addAll(WITHOUT_ETAG);
		SHOWN_BY.values().forEach((gets) -> gets.forEach((get) -> covered.add(get.route)));

		assertThat(covered).as("routes the table names").isEqualTo(routes);
	}

	private static void edit(String name, Consumer<Fixture> edit, Get... shownBy) {
		EDITS.put(name, edit);
		SHOWN_BY.put(name, List.of(shownBy));
	}

	private static Get get(String route, Function<Fixture, String> uri) {
		return new Get(route, uri);
	}

	/**
	 * A GET route and how to name it in a case.
	 */
	record Get(String route, Function<Fixture, String> uri) {

		@Override
		public String toString() {
			return this.route;
		}

	}

	/**
	 * What a case edits and reads: film A (crediting person P in cast, crew, a soundtrack
	 * line and an award nominee, company C, list L, a trivia item and a connection to
	 * film B), film B (on list L, crediting P), series S and its episode E.
	 */
	static final class Fixture {

		final int n;

		private final AdminCalls admin;

		private final JdbcTemplate jdbc;

		private final MockMvcTester mvc;

		Fixture(int n, AdminCalls admin, JdbcTemplate jdbc, MockMvcTester mvc) {
			this.n = n;
			this.admin = admin;
			this.jdbc = jdbc;
			this.mvc = mvc;
			String person = "{\"imdbId\":\"" + person() + "\",\"name\":\"Et Person " + n + "\"}";
			String list = "[{\"title\":\"" + listTitle() + "\"}]";
			put("b", "movie", person, "[]", "[]", "[]", "[]", "[]", "[]", list);
			put("a", "movie", person,
					"[{\"text\":\"Et trivia " + n + "\",\"spoiler\":false,\"interestingVotes\":0,\"totalVotes\":0}]",
					"[{\"kind\":\"references\",\"related\":{\"imdbId\":\"" + imdbId("b") + "\",\"title\":\"Et Film " + n
							+ " B\",\"releaseYear\":2000},\"note\":null}]",
					"[{\"title\":\"Et Song " + n + "\",\"credits\":[{\"role\":\"performed_by\",\"text\":\"Et Person "
							+ n + "\",\"person\":" + person + "}]}]",
					"[{\"event\":\"Et Awards\",\"year\":2001,\"category\":\"Best\",\"outcome\":\"won\",\"nominees\":[{\"name\":\"Et Person "
							+ n + "\",\"person\":" + person + "}],\"note\":null}]",
					"[{\"person\":" + person
							+ ",\"department\":\"directing\",\"job\":\"Director\",\"creditedAs\":null,\"note\":null}]",
					"[{\"company\":{\"imdbId\":\"" + company() + "\",\"name\":\"Et Company " + n
							+ "\",\"country\":\"US\"},\"role\":\"production\",\"note\":null}]",
					list);
			put("s", "tvSeries", null, "[]", "[]", "[]", "[]", "[]", "[]", "[]");
			put("e", "tvEpisode", null, "[]", "[]", "[]", "[]", "[]", "[]", "[]");
			// Episodes are linked to their series by imports alone.
			jdbc.update("UPDATE film SET series_film_id = (SELECT id FROM film WHERE imdb_id = ?), season_number = 1, "
					+ "episode_number = 1 WHERE imdb_id = ?", imdbId("s"), imdbId("e"));
		}

		String imdbId(String film) {
			return "tt913%03d%02d".formatted(this.n, "absez".indexOf(film) + 1);
		}

		String film(String film) {
			return "/api/v1/films/" + imdbId(film);
		}

		String person() {
			return "nm913%04d1".formatted(this.n);
		}

		/**
		 * Gives the film a keyword of its own, and the address of the keyword's films.
		 */
		String keywordFilms(String film) {
			assertThat(
					this.admin.post(film(film) + "/keywords", "{\"slug\":null,\"name\":\"Et keyword " + this.n + "\"}"))
				.hasStatus(201);
			return "/api/v1/keywords/et-keyword-" + this.n + "/films";
		}

		String company() {
			return "co913%04d1".formatted(this.n);
		}

		/**
		 * A title that sorts before the lists of other tests, so that the first page of
		 * lists shows it.
		 */
		String listTitle() {
			return "0000 Et " + this.n;
		}

		String list() {
			return "/api/v1/lists/"
					+ this.jdbc.queryForObject("SELECT id FROM film_list WHERE title = ?", Long.class, listTitle());
		}

		/**
		 * Film A's only item of a section.
		 */
		String item(String section, String table) {
			Long id = this.jdbc.queryForObject(
					"SELECT id FROM " + table + " WHERE film_id = (SELECT id FROM film WHERE imdb_id = ?)", Long.class,
					imdbId("a"));
			return film("a") + "/" + section + "/" + id;
		}

		/**
		 * A merge patch with the If-Match of what was just read.
		 */
		void patch(String uri, String json) {
			String tag = etag(this.mvc.get().uri(uri).exchange());
			assertThat(this.admin.patch(uri, tag, json)).hasStatusOk();
		}

		void delete(String uri) {
			String tag = etag(this.mvc.get().uri(uri).exchange());
			assertThat(this.admin.delete(uri, tag)).hasStatus(204);
		}

		private void put(String film, String type, @Nullable String castPerson, String trivia, String connections,
				String soundtracks, String nominations, String crew, String companies, String lists) {
			String cast = (castPerson != null) ? "[{\"person\":" + castPerson
					+ ",\"characters\":[\"Et\"],\"billingOrder\":1,\"creditedAs\":null,\"note\":null}]" : "[]";
			String document = """
					{"imdbId":"%s","title":"Et Film %d %s","originalTitle":null,"type":"%s","releaseYear":2000,
					 "endYear":null,"runtimeMinutes":100,"plot":null,"genres":[],"rating":{"average":null,"votes":0},
					 "countries":[],"languages":[],"technicalSpecs":{"color":null,"soundMixes":[],"aspectRatio":null},
					 "officialSites":[],"externalIds":{"tmdb":null,"wikidata":null},"adult":false,
					 "cast":%s,"crew":%s,"trivia":%s,"goofs":[],"crazyCredits":[],"connections":%s,
					 "soundtracks":%s,"reviews":[],"boxOffice":null,"awards":{"summary":null,"nominations":%s},
					 "locations":[],"alternateTitles":[],"releaseDates":[],"companies":%s,"lists":%s}""".formatted(
					imdbId(film), this.n, film.toUpperCase(java.util.Locale.ROOT), type, cast, crew, trivia,
					connections, soundtracks, nominations, companies, lists);
			MvcTestResult result = this.admin.put(film(film) + "/document", null, document);
			assertThat(result.getResponse().getStatus()).as(body(result)).isIn(200, 201);
		}

	}

}
