package dev.marquee.films;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestFilms;
import dev.marquee.testdata.TestKeys;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.SectionAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A film answered in the language asked for ({@code language=}, else
 * {@code Accept-Language}): the translation in the very tag, else in its primary
 * language, else the original; the answer says which, and its ETag and {@code Vary}
 * follow the language.
 */
@MarqueeTest
class FilmLanguageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FilmDocuments documents;

	@Autowired
	ApiKeys keys;

	@Autowired
	JsonMapper json;

	private TestFilms.Created film;

	private AdminCalls admin;

	@BeforeEach
	void createFilm() {
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "lang-400");
		this.film = new TestFilms(this.documents).create(FilmDocumentBuilder.film("Dreamers")
			.languages("en")
			.tagline("Here's to the dreamers.")
			.translation("de", "Träumer", "Zwei Träumer in Los Angeles.", "Auf die Träumer.")
			.translation("de-CH", "Träumer (CH)", null, null)
			.translation("pt-BR", "Sonhadores", null, null));
	}

	@Test
	void answersTheTranslationInTheTagAskedFor() throws Exception {
		assertTranslated(get("language", "de-CH"), "Träumer (CH)", null, "de-CH", true, null);
		assertTranslated(get("language", "pt-BR"), "Sonhadores", null, "pt-BR", true, null);
	}

	@Test
	void answersTheTranslationInThePrimaryLanguageOfTheTagAskedFor() throws Exception {
		assertTranslated(get("language", "de-AT"), "Träumer", "Zwei Träumer in Los Angeles.", "de", true,
				"Auf die Träumer.");
	}

	@Test
	void answersTheOriginalWhenNoTranslationServesTheLanguageAskedFor() throws Exception {
		assertTranslated(get("language", "fr"), null, null, "en", false, null);
		assertTranslated(get("language", "pt"), null, null, "en", false, null);
	}

	@Test
	void triesEachLanguageOfAcceptLanguageByWeight() throws Exception {
		assertTranslated(accepting("fr-CA, de;q=0.5, pt-BR;q=0.8"), "Sonhadores", null, "pt-BR", true, null);
		assertTranslated(accepting("fr-CA, fr;q=0.9, de;q=0.5"), "Träumer", "Zwei Träumer in Los Angeles.", "de", true,
				"Auf die Träumer.");
	}

	@Test
	void answersTheOriginalWhenItsLanguageComesBeforeAnyTranslation() throws Exception {
		assertTranslated(accepting("en-US, en;q=0.9, de;q=0.8"), null, null, "en", false, null);
	}

	@Test
	void languageParameterComesBeforeAcceptLanguage() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri(this.film.uri())
			.param("language", "pt-BR")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "de")
			.exchange();
		assertTranslated(result, "Sonhadores", null, "pt-BR", true, null);
	}

	@Test
	void ignoresAMalformedAcceptLanguage() throws Exception {
		MvcTestResult result = accepting("de;q=2, ;;");
		assertThat(result).hasStatusOk().doesNotContainHeader(HttpHeaders.CONTENT_LANGUAGE);
		JSONAssert.assertEquals(original(), AdminCalls.body(result), JSONCompareMode.STRICT);
		assertThat(AdminCalls.etag(result)).isEqualTo(AdminCalls.etag(this.mvc.get().uri(this.film.uri()).exchange()));
	}

	@Test
	void translatesTheTitlePageWithEverySection() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri(this.film.uri())
			.param("include", "all")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE")
			.exchange();
		ObjectNode expected = (ObjectNode) this.json
			.readTree(AdminCalls.body(this.mvc.get().uri(this.film.uri()).param("include", "all").exchange()));
		expected.put("title", "Träumer").put("plot", "Zwei Träumer in Los Angeles.");
		expected.putObject("translation")
			.put("language", "de")
			.put("translated", true)
			.put("tagline", "Auf die Träumer.");
		assertThat(result).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "de");
		JSONAssert.assertEquals(this.json.writeValueAsString(expected), AdminCalls.body(result),
				JSONCompareMode.STRICT);
		assertThat(this.json.readTree(AdminCalls.body(result)).get("translations")).hasSize(3);
	}

	@Test
	void everyAnswerVariesByAcceptLanguageAndItsETagByTheLanguageAskedFor() {
		MvcTestResult plain = this.mvc.get().uri(this.film.uri()).exchange();
		MvcTestResult german = get("language", "de");
		MvcTestResult acceptingGerman = accepting("de");
		MvcTestResult french = get("language", "fr");
		for (MvcTestResult result : new MvcTestResult[] { plain, german, acceptingGerman, french }) {
			assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_LANGUAGE);
		}
		assertThat(AdminCalls.etag(german)).isNotEqualTo(AdminCalls.etag(plain))
			.isNotEqualTo(AdminCalls.etag(french))
			.isEqualTo(AdminCalls.etag(acceptingGerman));

		MvcTestResult unchanged = this.mvc.get()
			.uri(this.film.uri())
			.param("language", "de")
			.header(HttpHeaders.IF_NONE_MATCH, AdminCalls.etag(german))
			.exchange();
		assertThat(unchanged).hasStatus(304);
		assertThat(unchanged.getResponse().getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_LANGUAGE);
		MvcTestResult otherLanguage = this.mvc.get()
			.uri(this.film.uri())
			.param("language", "fr")
			.header(HttpHeaders.IF_NONE_MATCH, AdminCalls.etag(german))
			.exchange();
		assertThat(otherLanguage).hasStatusOk();
	}

	@Test
	void aNewTranslationChangesTheETagOfTheLanguage() {
		String before = AdminCalls.etag(get("language", "fr"));
		assertThat(this.admin.post(this.film.uri() + "/translations", """
				{"language":"fr","title":"Rêveurs","plot":null,"tagline":null}""")).hasStatus(201);

		MvcTestResult after = get("language", "fr");
		assertThat(AdminCalls.etag(after)).isNotEqualTo(before);
		assertThat(after).hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
	}

	@Test
	void returnsInvalidParameterProblemForAMalformedLanguage() {
		assertProblem(
				this.mvc.get()
					.uri(this.film.uri())
					.param("language", "german!")
					.header("X-Request-Id", "lang-400")
					.exchange(),
				400,
				"""
						{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						 "detail":"must be a BCP 47 language tag such as en or pt-BR",
						 "instance":"%s","code":"invalid-parameter","correlationId":"lang-400",
						 "errors":[{"name":"language","in":"query","message":"must be a BCP 47 language tag such as en or pt-BR"}]}"""
					.formatted(this.film.uri()));
	}

	@Test
	void returnsInvalidBodyProblemForATranslationInAMalformedTagOrALanguageTheFilmHas() throws Exception {
		String uri = this.film.uri() + "/translations";
		assertProblem(this.admin.post(uri, """
				{"language":"pt_BR","title":"Sonhadores","plot":null,"tagline":null}"""), 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: language","instance":"%s","code":"invalid-body",
				 "correlationId":"lang-400","errors":[{"name":"language","in":"body",
				 "message":"must be a BCP 47 language tag in canonical case (de, pt-BR, zh-Hant-TW)"}]}"""
			.formatted(uri));
		assertProblem(this.admin.post(uri, """
				{"language":"de","title":"Die Träumer","plot":null,"tagline":null}"""), 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: language","instance":"%s","code":"invalid-body",
				 "correlationId":"lang-400","errors":[{"name":"language","in":"body",
				 "message":"the film already has a translation in 'de' (item %d)"}]}""".formatted(uri,
				firstTranslationId()));
		assertProblem(this.admin.post(uri, """
				{"language":"it","title":null,"plot":null,"tagline":null}"""), 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: title","instance":"%s","code":"invalid-body",
				 "correlationId":"lang-400","errors":[{"name":"title","in":"body",
				 "message":"a translation gives at least one of title, plot and tagline"}]}""".formatted(uri));
	}

	@Test
	void theDocumentKeepsTheTranslationsAsGiven() throws Exception {
		JsonNode document = this.json
			.readTree(AdminCalls.body(this.mvc.get().uri(this.film.uri() + "/document").exchange()));
		JSONAssert.assertEquals("""
				[{"language":"de","title":"Träumer","plot":"Zwei Träumer in Los Angeles.","tagline":"Auf die Träumer."},
				 {"language":"de-CH","title":"Träumer (CH)","plot":null,"tagline":null},
				 {"language":"pt-BR","title":"Sonhadores","plot":null,"tagline":null}]""",
				this.json.writeValueAsString(document.get("translations")), JSONCompareMode.STRICT);
	}

	private long firstTranslationId() throws Exception {
		return this.json.readTree(AdminCalls.body(this.mvc.get().uri(this.film.uri() + "/translations").exchange()))
			.get("items")
			.get(0)
			.get("id")
			.asLong();
	}

	private MvcTestResult get(String parameter, String value) {
		return this.mvc.get().uri(this.film.uri()).param(parameter, value).exchange();
	}

	private MvcTestResult accepting(String acceptLanguage) {
		return this.mvc.get().uri(this.film.uri()).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage).exchange();
	}

	private String original() {
		return AdminCalls.body(this.mvc.get().uri(this.film.uri()).exchange());
	}

	/**
	 * The film as answered without a language, with the title and plot given (the
	 * original's when null) and the language served.
	 */
	private void assertTranslated(MvcTestResult result, @Nullable String title, @Nullable String plot, String language,
			boolean translated, @Nullable String tagline) throws Exception {
		ObjectNode expected = (ObjectNode) this.json.readTree(original());
		if (title != null) {
			expected.put("title", title);
		}
		if (plot != null) {
			expected.put("plot", plot);
		}
		expected.putObject("translation")
			.put("language", language)
			.put("translated", translated)
			.put("tagline", tagline);
		assertThat(result).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, language);
		JSONAssert.assertEquals(this.json.writeValueAsString(expected), AdminCalls.body(result),
				JSONCompareMode.STRICT);
	}

}
