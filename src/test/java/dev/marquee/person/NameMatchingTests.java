package dev.marquee.person;

import java.text.Normalizer;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People and companies without an IMDb id are matched by name in Unicode NFC: the
 * decomposed spelling of a name (e + combining acute) and the composed one (é) are one
 * person, one company, stored composed. Films tt9131101 and tt9131102.
 */
@MarqueeTest
class NameMatchingTests {

	private static final String COMPOSED = "Amélie Vantrebour";

	private static final String DECOMPOSED = Normalizer.normalize(COMPOSED, Normalizer.Form.NFD);

	private static final String COMPANY = "Éditions Vantrebour";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from film where imdb_id in ('tt9131101', 'tt9131102')");
		this.jdbc.update("delete from person where normalize(name, NFC) = ?", COMPOSED);
		this.jdbc.update("delete from company where normalize(name, NFC) = ?", COMPANY);
	}

	@Test
	void composedAndDecomposedSpellingsOfANameAreOnePersonAndOneCompany() {
		assertThat(DECOMPOSED).isNotEqualTo(COMPOSED);
		put(FilmDocumentBuilder.film("tt9131101", "Decomposed")
			.actor(null, DECOMPOSED, "Herself")
			.company(null, Normalizer.normalize(COMPANY, Normalizer.Form.NFD)));
		put(FilmDocumentBuilder.film("tt9131102", "Composed").actor(null, COMPOSED, "Herself").company(null, COMPANY));

		long person = this.jdbc.queryForObject("select id from person where normalize(name, NFC) = ?", Long.class,
				COMPOSED);
		assertThat(this.mvc.get().uri("/api/v1/people?q=Vantrebour")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items":[{"id":%d,"imdbId":null,"name":"%s","birthYear":null,"deathYear":null,"professions":[]}],
				 "size":20,"nextCursor":null,"next":null,"total":null}""".formatted(person, COMPOSED));
		long company = this.jdbc.queryForObject("select id from company where normalize(name, NFC) = ?", Long.class,
				COMPANY);
		assertThat(this.mvc.get().uri("/api/v1/companies?q=Vantrebour")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items":[{"id":%d,"imdbId":null,"name":"%s","country":null}],
				 "size":20,"nextCursor":null,"next":null,"total":null}""".formatted(company, COMPANY));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from cast_credit c join film f on f.id = c.film_id
				where f.imdb_id in ('tt9131101', 'tt9131102') and c.person_id = ?""", Long.class, person)).isEqualTo(2);
	}

	private void put(FilmDocumentBuilder document) {
		String body = this.json.writeValueAsString(document.build());
		String imdbId = this.json.readTree(body).get("imdbId").asString();
		assertThat(this.mvc.put()
			.uri("/api/v1/films/" + imdbId + "/document")
			.header(HttpHeaders.AUTHORIZATION, TestKeys.admin(this.keys))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(201);
	}

}
