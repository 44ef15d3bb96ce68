package dev.marquee.search;

import dev.marquee.MarqueeTest;
import dev.marquee.film.FilmType;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.titlepage.FilmDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /search on the demo film plus decoys (films tt9005201…, their people) that sit
 * close to the queries, so the ranking (exact, prefix, fuzzy; closeness; popularity) is
 * proved by whole answers.
 */
@MarqueeTest
class SearchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	@BeforeEach
	void decoys() {
		this.documents.upsert(FilmDocumentBuilder.film(5201, "La Land").year(2011).rating("6.1", 5_000).build());
		this.documents.upsert(FilmDocumentBuilder.film(5202, "Lala").year(2005).rating("7.0", 2_000_000).build());
		this.documents
			.upsert(FilmDocumentBuilder.film(5203, "Land of the Lost").year(2009).rating("5.4", 60_000).build());
		this.documents.upsert(FilmDocumentBuilder.film(5204, "La La Land: Behind the Scenes")
			.type(FilmType.VIDEO)
			.year(2017)
			.rating("7.5", 900)
			.actor(null, "Amiee Connolly", "Herself")
			.actor(null, "Amie Conner", "Herself")
			.build());
		this.documents.upsert(FilmDocumentBuilder.film(5205, "Une nuit à la plage")
			.year(1999)
			.rating("6.0", 10_000_000)
			.actor(null, "Amiee Connolly", "Guest")
			.actor(null, "Amie Conner", "Guest")
			.build());
		this.documents.upsert(FilmDocumentBuilder.film(5206, "Conner's Crossing")
			.year(1998)
			.actor(null, "Amie Conner", "Lead")
			.build());
	}

	@Test
	void typoFindsLaLaLandFirstAndCloserMatchesBeforeMorePopularLooserOnes() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=la la lnd&type=film")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s],"size":20}""".formatted(
					film("tt3783958", "La La Land", 2016, "movie", "La La Land", "fuzzy"),
					film("tt9005201", "La Land", 2011, "movie", "La Land", "fuzzy"),
					film("tt9005202", "Lala", 2005, "movie", "Lala", "fuzzy")));
	}

	@Test
	void alternateTitleFindsLaLaLandAsAnExactMatch() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=LaLa Land&type=film")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s,%s,%s],"size":20}""".formatted(
					film("tt3783958", "La La Land", 2016, "movie", "LaLa Land", "exact"),
					film("tt9005201", "La Land", 2011, "movie", "La Land", "fuzzy"),
					film("tt9005204", "La La Land: Behind the Scenes", 2017, "video", "La La Land: Behind the Scenes",
							"fuzzy"),
					film("tt9005202", "Lala", 2005, "movie", "Lala", "fuzzy"),
					film("tt9005203", "Land of the Lost", 2009, "movie", "Land of the Lost", "fuzzy")));
	}

	@Test
	void exactBeatsPrefixBeatsFuzzyWhateverThePopularity() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=la la land&type=film&size=3")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s],"size":3}""".formatted(
					film("tt3783958", "La La Land", 2016, "movie", "La La Land", "exact"), film("tt9005204",
							"La La Land: Behind the Scenes", 2017, "video", "La La Land: Behind the Scenes", "prefix"),
					film("tt9005201", "La Land", 2011, "movie", "La Land", "fuzzy")));
	}

	@Test
	void findsPersonCreditedUnderAnAccentedName() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=amiee conn&type=person")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s],"size":20}""".formatted(person("Amiee Conn", "exact"),
					person("Amiee Connolly", "prefix"), person("Amie Conner", "fuzzy")));
	}

	@Test
	void accentedQueryFindsTheUnaccentedName() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=amiée")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s],"size":20}""".formatted(person("Amiee Connolly", "prefix"),
					person("Amiee Conn", "prefix"), person("Amie Conner", "fuzzy")));
	}

	@Test
	void unaccentedQueryFindsTheAccentedName() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=kalman berkes&type=person")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s],"size":20}""".formatted(person("Kálmán Berkes", "exact")));
	}

	@Test
	void searchesFilmsAndPeopleTogetherWhenNoTypeIsGiven() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=conner")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s],"size":20}""".formatted(
					film("tt9005206", "Conner's Crossing", 1998, "movie", "Conner's Crossing", "prefix"),
					person("Amie Conner", "fuzzy")));
	}

	@Test
	void suggestsFilmsStartingWithTheQueryFirstThenWordStartsEachByVotes() {
		assertThat(this.mvc.get().uri("/api/v1/films/suggest?q=La")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s,%s,%s,%s]}""".formatted(suggestion("tt9005202", "Lala", 2005, "movie", "Lala"),
					suggestion("tt3783958", "La La Land", 2016, "movie", "La La Land"),
					suggestion("tt9005203", "Land of the Lost", 2009, "movie", "Land of the Lost"),
					suggestion("tt9005201", "La Land", 2011, "movie", "La Land"),
					suggestion("tt9005204", "La La Land: Behind the Scenes", 2017, "video",
							"La La Land: Behind the Scenes"),
					suggestion("tt9005205", "Une nuit à la plage", 1999, "movie", "Une nuit à la plage")));
	}

	@Test
	void suggestsByAlternateTitlePrefixBeforeMerelySimilarTitles() {
		assertThat(this.mvc.get().uri("/api/v1/films/suggest?q=lala l")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s]}""".formatted(suggestion("tt3783958", "La La Land", 2016, "movie", "LaLa Land"),
					suggestion("tt9005202", "Lala", 2005, "movie", "Lala"),
					suggestion("tt9005201", "La Land", 2011, "movie", "La Land")));
	}

	@Test
	void suggestsNothingForASingleCharacter() {
		assertThat(this.mvc.get().uri("/api/v1/films/suggest?q=l")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items":[]}""");
	}

	private String film(String imdbId, String title, int year, String type, String matched, String match) {
		Long id = this.jdbc.queryForObject("select id from film where imdb_id = ?", Long.class, imdbId);
		return """
				{"type":"film","id":%d,"imdbId":"%s","title":"%s","year":%d,"filmType":"%s","matched":"%s","match":"%s"}"""
			.formatted(id, imdbId, title, year, type, matched, match);
	}

	private String suggestion(String imdbId, String title, int year, String type, String matched) {
		Long id = this.jdbc.queryForObject("select id from film where imdb_id = ?", Long.class, imdbId);
		return """
				{"id":%d,"imdbId":"%s","title":"%s","year":%d,"type":"%s","matched":"%s"}""".formatted(id, imdbId,
				title, year, type, matched);
	}

	private String person(String name, String match) {
		Long id = this.jdbc.queryForObject("select min(id) from person where name = ?", Long.class, name);
		String imdbId = this.jdbc.queryForObject("select imdb_id from person where id = ?", String.class, id);
		return """
				{"type":"person","id":%d,"imdbId":%s,"name":"%s","matched":"%s","match":"%s"}""".formatted(id,
				(imdbId != null) ? "\"" + imdbId + "\"" : "null", name, name, match);
	}

}
