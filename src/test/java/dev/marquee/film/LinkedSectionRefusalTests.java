package dev.marquee.film;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.versionETag;
import static dev.marquee.testdata.SectionAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of an item write of the sections whose items name other resources or
 * carry lines of their own (crew, soundtracks, award nominations, company credits), each
 * answered in full, and none of them writing anything. Each test has a film of its own.
 */
@MarqueeTest
class LinkedSectionRefusalTests {

	private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private String admin;

	private final String film = TestIds.film();

	@BeforeEach
	void issueAdminKey() {
		this.admin = TestKeys.admin(this.keys);
	}

	@AfterEach
	void removeFilms() {
		this.jdbc.update("delete from film where imdb_id = ?", this.film);
	}

	/**
	 * Each section with its path and table, a valid body, and a body breaking constraints
	 * with the errors it is refused with.
	 */
	static Stream<Arguments> sections() {
		return Stream.of(Arguments.of("crew", "crew_credit", """
				{"person":{"imdbId":null,"name":"Refused Crew"},"department":"directing","job":"Director",
				 "creditedAs":null,"note":null}""",
				"""
						{"person":{"imdbId":"nm1","name":""},"department":"directing","job":"","creditedAs":null,"note":null}""",
				"job, person.imdbId, person.name", """
						{"name":"job","in":"body","message":"must not be blank"},
						{"name":"person.imdbId","in":"body","message":"must match \\"nm[0-9]{7,10}\\""},
						{"name":"person.name","in":"body","message":"must not be blank"}"""),
				Arguments.of("soundtracks", "soundtrack",
						"""
								{"title":"City of Stars","credits":[{"role":"performed_by","text":"Ryan Gosling","person":null}]}""",
						"""
								{"title":"","credits":[{"role":"performed_by","text":"","person":{"imdbId":null,"name":""}}]}""",
						"credits[0].person.name, credits[0].text, title", """
								{"name":"credits[0].person.name","in":"body","message":"must not be blank"},
								{"name":"credits[0].text","in":"body","message":"must not be blank"},
								{"name":"title","in":"body","message":"must not be blank"}"""),
				Arguments.of("awards/nominations", "award_nomination", """
						{"event":"Academy Awards, USA","year":2017,"category":"Best Picture","outcome":"nominated",
						 "nominees":[],"note":null}""", """
						{"event":"","year":1800,"category":"Best Picture","outcome":"nominated",
						 "nominees":[{"name":"","person":null}],"note":null}""", "event, nominees[0].name, year", """
						{"name":"event","in":"body","message":"must not be blank"},
						{"name":"nominees[0].name","in":"body","message":"must not be blank"},
						{"name":"year","in":"body","message":"must be greater than or equal to 1870"}"""),
				Arguments.of("companies", "company_credit",
						"""
								{"company":{"imdbId":null,"name":"Refused Films","country":"US"},"role":"production","note":null}""",
						"""
								{"company":{"imdbId":"nm0000001","name":"Refused Films","country":"usa"},"role":"production","note":null}""",
						"company.country, company.imdbId", """
								{"name":"company.country","in":"body","message":"must match \\"[A-Z]{2}\\""},
								{"name":"company.imdbId","in":"body","message":"must match \\"co[0-9]{7,10}\\""}"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sections")
	void everyRefusedItemWriteIsAProblemAndWritesNothing(String section, String table, String valid, String invalid,
			String invalidFields, String errors) throws Exception {
		String film = this.film;
		this.documents.upsert(FilmDocumentBuilder.film(film, "Refusing " + section).build());
		String path = "/api/v1/films/" + film + "/" + section;
		MvcTestResult created = request(
				this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(valid), this.admin, null,
				"created");
		assertThat(created).hasStatus(201);
		String createdBody = created.getResponse().getContentAsString(StandardCharsets.UTF_8);
		long itemId = Long.parseLong(createdBody.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
		String item = path + "/" + itemId;
		String feedType = section.equals("awards/nominations") ? "award-nominations" : section;
		String what = feedType + " item " + itemId + " of film " + film;

		assertProblem(
				request(this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(valid), null, null,
						"r-401"),
				401, """
						{"type":"/problems/unauthorized","title":"Authentication required","status":401,
						 "detail":"POST needs an API key with the admin role, sent as 'Authorization: Bearer <key>'",
						 "instance":"%s","code":"unauthorized","correlationId":"r-401"}""".formatted(path));
		assertProblem(request(this.mvc.put().uri(item).contentType(MediaType.APPLICATION_JSON).content(valid),
				TestKeys.reader(this.keys), "\"0\"", "r-403"), 403, """
						{"type":"/problems/forbidden","title":"Not allowed","status":403,
						 "detail":"Your API key's role does not allow PUT here",
						 "instance":"%s","code":"forbidden","correlationId":"r-403"}""".formatted(item));
		assertProblem(
				request(this.mvc.post()
					.uri(path)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"id\":5,\"version\":0,\"rank\":1," + valid.strip().substring(1)), this.admin, null,
						"r-400"),
				400, """
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 3 invalid fields: id, rank, version",
						 "instance":"%s","code":"invalid-body","correlationId":"r-400",
						 "errors":[{"name":"id","in":"body","message":"is read-only: the server assigns it"},
						           {"name":"rank","in":"body","message":"is not a field of this body"},
						           {"name":"version","in":"body","message":"is read-only: the server assigns it"}]}"""
					.formatted(path));
		assertProblem(
				request(this.mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(invalid), this.admin,
						null, "r-bv"),
				400, """
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has %d invalid fields: %s",
						 "instance":"%s","code":"invalid-body","correlationId":"r-bv","errors":[%s]}"""
					.formatted(invalidFields.split(", ").length, invalidFields, path, errors));
		String missing = TestIds.film();
		String noFilm = "/api/v1/films/" + missing + "/" + section;
		assertProblem(
				request(this.mvc.post().uri(noFilm).contentType(MediaType.APPLICATION_JSON).content(valid), this.admin,
						null, "r-404f"),
				404, """
						{"type":"/problems/not-found","title":"Resource not found","status":404,
						 "detail":"No film with id '%s'",
						 "instance":"%s","code":"not-found","correlationId":"r-404f"}""".formatted(missing, noFilm));
		String noItem = path + "/" + (itemId + 1_000_000);
		assertProblem(request(this.mvc.delete().uri(noItem), this.admin, "\"0\"", "r-404i"), 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"Film '%s' has no %s item with id %d",
				 "instance":"%s","code":"not-found","correlationId":"r-404i"}""".formatted(film, feedType,
				itemId + 1_000_000, noItem));
		assertProblem(
				request(this.mvc.put().uri(item).contentType(MediaType.APPLICATION_JSON).content(valid), this.admin,
						null, "r-428"),
				428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of %s as you read it (currently \\"0\\"), so that no edit is lost",
						 "instance":"%s","code":"precondition-required","correlationId":"r-428"}"""
					.formatted(what, item));
		assertProblem(
				request(this.mvc.patch().uri(item).contentType(MERGE_PATCH).content("{}"), this.admin, "\"9\"",
						"r-412"),
				412, """
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: %s has changed since it was read (its ETag is now \\"0\\")",
						 "instance":"%s","code":"precondition-failed","correlationId":"r-412"}""".formatted(what,
						item));
		assertProblem(
				request(this.mvc.put().uri(item).contentType(MediaType.TEXT_PLAIN).content(valid), this.admin, "\"0\"",
						"r-415"),
				415, """
						{"type":"/problems/unsupported-media-type","title":"Unsupported media type","status":415,
						 "detail":"Content-Type text/plain is not accepted here; send application/json",
						 "instance":"%s","code":"unsupported-media-type","correlationId":"r-415"}""".formatted(item));

		MvcTestResult unchanged = this.mvc.get().uri(item).exchange();
		assertThat(unchanged).hasStatusOk().satisfies(versionETag(0));
		assertThat(unchanged).bodyJson().isStrictlyEqualTo(createdBody);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from " + table + " t join film f on f.id = t.film_id" + " where f.imdb_id = ?",
				Integer.class, film))
			.isOne();
	}

	private MvcTestResult request(MockMvcTester.MockMvcRequestBuilder request, String key, String ifMatch,
			String requestId) {
		request.header("X-Request-Id", requestId);
		if (key != null) {
			request.header(HttpHeaders.AUTHORIZATION, key);
		}
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.exchange();
	}

}
