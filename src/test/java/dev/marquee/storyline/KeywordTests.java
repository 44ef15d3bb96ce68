package dev.marquee.storyline;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.films.FilmDocuments;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.SectionJson;
import dev.marquee.testdata.TestFilms;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.SectionAssertions.assertBodyWithoutAssigned;
import static dev.marquee.testdata.SectionAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keywords are shared: films naming the same slug (or names that fold to it) have one
 * keyword, named as it was first, which lists every film that has it, by the keyword
 * resource and by the catalogue's keyword filter; a film has a keyword once.
 */
@MarqueeTest
class KeywordTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private TestFilms films;

	private AdminCalls admin;

	/** A keyword name of this test alone: "Jazz Musician kw…". */
	private String name;

	/** The slug it folds to. */
	private String slug;

	@BeforeEach
	void setUp() {
		this.films = new TestFilms(this.documents);
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "kw");
		String word = TestIds.word("kw");
		this.name = "Jázz Músician " + word;
		this.slug = "jazz-musician-" + word;
	}

	@Test
	void filmsNamingTheSameKeywordShareItUnderItsFirstName() {
		TestFilms.Created first = this.films.create(FilmDocumentBuilder.film("Alpha keyword").keyword(this.name));
		TestFilms.Created second = this.films
			.create(FilmDocumentBuilder.film("Bravo keyword").keyword(this.name.toUpperCase()));

		assertThat(this.jdbc.queryForObject("select count(*) from keyword where slug = ?", Integer.class, this.slug))
			.isOne();
		assertThat(this.mvc.get().uri("/api/v1/keywords/" + this.slug).exchange()).hasStatusOk()
			.hasHeader("ETag", "\"0\"")
			.bodyJson()
			.isStrictlyEqualTo("{\"slug\":\"%s\",\"name\":\"%s\",\"version\":0}".formatted(this.slug, this.name));
		for (TestFilms.Created film : new TestFilms.Created[] { first, second }) {
			assertBodyWithoutAssigned(this.mvc.get().uri(film.uri() + "/keywords").exchange(), """
					{"items":[{"slug":"%s","name":"%s"}],"size":20,"nextCursor":null,"next":null,"total":null}"""
				.formatted(this.slug, this.name));
		}
	}

	@Test
	void theKeywordsFilmsArePagedLikeTheCatalogueAndTheFilterAgrees() {
		TestFilms.Created alpha = this.films.create(FilmDocumentBuilder.film("Alpha keyword").keyword(this.name));
		TestFilms.Created bravo = this.films.create(FilmDocumentBuilder.film("Bravo keyword").keyword(this.name));
		this.films.create(FilmDocumentBuilder.film("Charlie without"));

		MvcTestResult first = this.mvc.get().uri("/api/v1/keywords/" + this.slug + "/films?size=1").exchange();
		String cursor = SectionJson.body(first).get("nextCursor").asString();
		assertThat(first).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[{"id":%d,"imdbId":"%s","title":"Alpha keyword","type":"movie","releaseYear":2000,
					  "runtimeMinutes":100,"genres":[],"rating":{"average":null,"votes":0},"poster":null}],
					 "size":1,"nextCursor":"%s",
					 "next":"http://localhost/api/v1/keywords/%s/films?size=1&after=%s","total":null}"""
				.formatted(alpha.id(), alpha.imdbId(), cursor, this.slug, cursor));
		assertThat(this.mvc.get().uri("/api/v1/keywords/" + this.slug + "/films?size=1&after=" + cursor).exchange())
			.hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[{"id":%d,"imdbId":"%s","title":"Bravo keyword","type":"movie","releaseYear":2000,
					  "runtimeMinutes":100,"genres":[],"rating":{"average":null,"votes":0},"poster":null}],
					 "size":1,"nextCursor":null,"next":null,"total":null}""".formatted(bravo.id(), bravo.imdbId()));
		JsonNode all = SectionJson.body(this.mvc.get().uri("/api/v1/keywords/" + this.slug + "/films").exchange());
		assertThat(SectionJson.body(this.mvc.get().uri("/api/v1/films?keyword=" + this.slug).exchange()))
			.isEqualTo(all);
	}

	@Test
	void aKeywordNoFilmHasIsNotFound() {
		String slug = "no-such-" + this.slug;
		assertProblem(this.mvc.get().uri("/api/v1/keywords/" + slug).header("X-Request-Id", "kw-404").exchange(), 404,
				"""
						{"type":"/problems/not-found","title":"Resource not found","status":404,
						 "detail":"No keyword with slug '%1$s'","instance":"/api/v1/keywords/%1$s",
						 "code":"not-found","correlationId":"kw-404"}""".formatted(slug));
		assertProblem(
				this.mvc.get().uri("/api/v1/keywords/" + slug + "/films").header("X-Request-Id", "kw-404").exchange(),
				404, """
						{"type":"/problems/not-found","title":"Resource not found","status":404,
						 "detail":"No keyword with slug '%1$s'","instance":"/api/v1/keywords/%1$s/films",
						 "code":"not-found","correlationId":"kw-404"}""".formatted(slug));
	}

	@Test
	void aSlugThatIsNotOneIsRefusedNamingTheParameter() {
		String message = "must be lower-case letters and digits, words joined by - (jazz-musician)";
		assertProblem(
				this.mvc.get().uri("/api/v1/films?keyword=Jazz_Musician").header("X-Request-Id", "kw-400").exchange(),
				400, """
						{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						 "detail":"keyword %1$s","instance":"/api/v1/films","code":"invalid-parameter",
						 "correlationId":"kw-400","errors":[{"name":"keyword","in":"query","message":"%1$s"}]}"""
					.formatted(message));
	}

	@Test
	void aFilmHasAKeywordOnce() {
		TestFilms.Created film = this.films.create(FilmDocumentBuilder.film("Once keyword").keyword(this.name));
		long itemId = SectionJson.body(this.mvc.get().uri(film.uri() + "/keywords").exchange())
			.get("items")
			.get(0)
			.get("id")
			.asLong();

		assertProblem(this.admin.post(film.uri() + "/keywords", "{\"slug\":null,\"name\":\"%s\"}".formatted(this.name)),
				400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 1 invalid field: slug","instance":"%s/keywords",
						 "code":"invalid-body","correlationId":"kw",
						 "errors":[{"name":"slug","in":"body","message":"the film already has keyword '%s' (item %d)"}]}"""
					.formatted(film.uri(), this.slug, itemId));
		assertThat(this.documentPut(film.imdbId(), this.name)).satisfies((result) -> assertProblem(result, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: keywords[1].slug",
				 "instance":"/api/v1/films/%s/document","code":"invalid-body","correlationId":"kw",
				 "errors":[{"name":"keywords[1].slug","in":"body",
				   "message":"names the same keyword as keywords[0]; a film has a keyword once"}]}"""
			.formatted(film.imdbId())));
	}

	@Test
	void aKeywordNameWithoutALetterOrDigitIsRefused() {
		TestFilms.Created film = this.films.create(FilmDocumentBuilder.film("Symbol keyword"));
		assertProblem(this.admin.post(film.uri() + "/keywords", "{\"slug\":null,\"name\":\"!?\"}"), 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: name","instance":"%s/keywords",
				 "code":"invalid-body","correlationId":"kw",
				 "errors":[{"name":"name","in":"body","message":"must have a letter or a digit"}]}"""
			.formatted(film.uri()));
	}

	private MvcTestResult documentPut(String imdbId, String keyword) {
		MvcTestResult read = this.mvc.get().uri("/api/v1/films/" + imdbId + "/document").exchange();
		String body = SectionJson.body(read)
			.toString()
			.replace("\"keywords\":[", "\"keywords\":[{\"slug\":null,\"name\":\"" + keyword.toLowerCase() + "\"},");
		return this.admin.put("/api/v1/films/" + imdbId + "/document", read.getResponse().getHeader("ETag"), body);
	}

}
