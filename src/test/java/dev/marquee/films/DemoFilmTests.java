package dev.marquee.films;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo film is loaded once, and its whole title page round-trips: the include=all
 * answer, less what the server assigns, is the shipped film document.
 */
@MarqueeTest
class DemoFilmTests {

	private static final Set<String> SERVER_ASSIGNED = Set.of("id", "version", "createdAt", "updatedAt", "episodeOf");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void titlePageWithEverySectionIsTheDemoDocumentPlusServerFields() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/films/tt3783958?include=all").exchange();

		assertThat(result).hasStatusOk().hasContentType("application/json");
		JsonNode answer = this.json.readTree(result.getResponse().getContentAsByteArray());
		assertThat(answer.get("id").isIntegralNumber()).isTrue();
		assertThat(answer.get("version").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(answer.get("createdAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		assertThat(answer.get("episodeOf").isNull()).isTrue();
		// Images are files, uploaded on their own, and similar films are other films: the
		// document leaves them out (the similar section is SimilarFilmsTests').
		assertThat(answer.get("similar").get("size").asInt()).isEqualTo(10);
		((tools.jackson.databind.node.ObjectNode) answer).remove("images");
		((tools.jackson.databind.node.ObjectNode) answer).remove("similar");
		JSONAssert.assertEquals(demoDocument(), this.json.writeValueAsString(withoutServerFields(answer)),
				JSONCompareMode.STRICT);
	}

	@Test
	void theDemoFilmHasItsPlaceholderPosterInEveryPlaceAFrontendLooks() throws Exception {
		JsonNode page = this.json.readTree(this.mvc.get()
			.uri("/api/v1/films/tt3783958?include=images&language=de")
			.exchange()
			.getResponse()
			.getContentAsByteArray());
		JsonNode poster = page.get("images").get("primary").get("poster");
		assertThat(poster.get("kind").asString()).isEqualTo("poster");
		assertThat(poster.get("language").asString()).as("its text is English, the film's language").isEqualTo("en");
		assertThat(poster.get("width").asInt()).isEqualTo(600);
		assertThat(poster.get("height").asInt()).isEqualTo(900);
		String w342 = poster.get("sizes").get("w342").asString();
		assertThat(w342).matches("/images/[0-9a-f]{64}/w342\\.jpg");
		assertThat(this.mvc.get().uri(w342).exchange()).hasStatusOk()
			.hasContentType("image/jpeg")
			.hasHeader("Cache-Control", "max-age=31536000, public, immutable");
		JsonNode listed = this.json.readTree(
				this.mvc.get().uri("/api/v1/films?q=La La Land").exchange().getResponse().getContentAsByteArray());
		assertThat(listed.get("items").get(0).get("poster").get("w342").asString()).isEqualTo(w342);
	}

	@Test
	void accentedNamesRoundTripByteForByte() throws Exception {
		byte[] body = this.mvc.get()
			.uri("/api/v1/films/tt3783958?include=cast,soundtracks")
			.exchange()
			.getResponse()
			.getContentAsByteArray();

		String utf8 = new String(body, StandardCharsets.UTF_8);
		assertThat(utf8).contains("\"creditedAs\":\"Amiée Conn\"")
			.contains("\"name\":\"Kálmán Berkes\"")
			.contains("\"text\":\"Kálmán Berkes and Tokyo Musashino");
		assertThat(body).containsSequence("Ami\u00e9e Conn".getBytes(StandardCharsets.UTF_8))
			.containsSequence("K\u00e1lm\u00e1n Berkes".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void numericAndImdbIdsGiveTheSameFilm() throws Exception {
		Long id = this.jdbc.queryForObject("select id from film where imdb_id = 'tt3783958'", Long.class);

		String byImdbId = this.mvc.get()
			.uri("/api/v1/films/tt3783958?include=all")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String byNumericId = this.mvc.get()
			.uri("/api/v1/films/" + id + "?include=all")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		JSONAssert.assertEquals(byImdbId, byNumericId, JSONCompareMode.STRICT);
	}

	@Test
	void withoutIncludeOnlyTheFilmsOwnFactsAreAnswered() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/films/tt3783958").exchange();

		JsonNode answer = this.json.readTree(result.getResponse().getContentAsByteArray());
		ObjectNode expected = (ObjectNode) this.json.readTree(demoDocument());
		for (String section : new String[] { "cast", "crew", "trivia", "goofs", "crazyCredits", "connections",
				"soundtracks", "reviews", "boxOffice", "awards", "locations", "alternateTitles", "releaseDates",
				"companies", "lists", "taglines", "certifications", "keywords", "videos", "translations" }) {
			expected.remove(section);
		}
		JSONAssert.assertEquals(this.json.writeValueAsString(expected),
				this.json.writeValueAsString(withoutServerFields(answer)), JSONCompareMode.STRICT);
	}

	@Test
	void includeEmbedsOnlyTheNamedSections() throws Exception {
		JsonNode answer = this.json.readTree(this.mvc.get()
			.uri("/api/v1/films/tt3783958")
			.param("include", "box-office, Crazy-Credits")
			.exchange()
			.getResponse()
			.getContentAsByteArray());

		JsonNode expected = this.json.readTree(demoDocument());
		assertThat(answer.has("cast")).isFalse();
		assertThat(answer.has("awards")).isFalse();
		JSONAssert.assertEquals(this.json.writeValueAsString(expected.get("boxOffice")),
				this.json.writeValueAsString(withoutServerFields(answer.get("boxOffice"))), JSONCompareMode.STRICT);
		JSONAssert.assertEquals(this.json.writeValueAsString(expected.get("crazyCredits")),
				this.json.writeValueAsString(withoutServerFields(answer.get("crazyCredits"))), JSONCompareMode.STRICT);
	}

	@Test
	void demoFilmIsLoadedExactlyOnce() {
		Integer films = this.jdbc.queryForObject("select count(*) from film where imdb_id = 'tt3783958'",
				Integer.class);
		Integer chazelles = this.jdbc.queryForObject("select count(*) from person where name = 'Damien Chazelle'",
				Integer.class);
		Integer lists = this.jdbc.queryForObject(
				"select count(*) from film_list where title = 'Movies & Series About Musicians'", Integer.class);

		assertThat(Map.of("films", films, "chazelles", chazelles, "lists", lists))
			.isEqualTo(Map.of("films", 1, "chazelles", 1, "lists", 1));
	}

	static String demoDocument() throws IOException {
		return new ClassPathResource(DemoData.DOCUMENT).getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * The demo document as another film: this IMDb id and no TMDB id (which only one film
	 * may hold), for tests that write a whole document without touching the demo film
	 * other tests read.
	 */
	static String demoDocumentAs(String imdbId) throws IOException {
		return demoDocument().replace("\"tt3783958\"", "\"" + imdbId + "\"")
			.replaceAll("\"tmdb\"\\s*:\\s*313369", "\"tmdb\":null");
	}

	static JsonNode withoutServerFields(JsonNode node) {
		JsonNode copy = node.deepCopy();
		strip(copy);
		return copy;
	}

	private static void strip(JsonNode node) {
		if (node instanceof ObjectNode object) {
			SERVER_ASSIGNED.forEach(object::remove);
		}
		Iterator<JsonNode> children = node.values().iterator();
		while (children.hasNext()) {
			strip(children.next());
		}
	}

}
