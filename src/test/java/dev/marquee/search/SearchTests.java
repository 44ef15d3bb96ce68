package dev.marquee.search;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.marquee.MarqueeTest;
import dev.marquee.film.FilmType;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /search and /films/suggest on the demo film plus decoys (films of this class's own,
 * their people) that sit close to the queries, so the ranking (exact, words, prefix,
 * fuzzy; fewer typos; popularity) is proved by whole answers.
 */
@MarqueeTest
class SearchTests {

	/**
	 * The decoys' IMDb ids, stored again before each test.
	 */
	private static final String LA_LAND = TestIds.film();

	private static final String LALA = TestIds.film();

	private static final String LAND_OF_THE_LOST = TestIds.film();

	private static final String BEHIND_THE_SCENES = TestIds.film();

	private static final String UNE_NUIT = TestIds.film();

	private static final String CONNERS_CROSSING = TestIds.film();

	private static final String LA_LANDE = TestIds.film();

	private static final String LA_LANZ = TestIds.film();

	private static final String QUARNEL = TestIds.film();

	private static final String QUARNEL_RISING = TestIds.film();

	private static final String QUARNEL_AFFAIR = TestIds.film();

	private static final String QUERNEL_DAYS = TestIds.film();

	private static final String ZHARA = TestIds.film();

	private static final String ZHIZN = TestIds.film();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	@BeforeEach
	void decoys() {
		this.documents.upsert(FilmDocumentBuilder.film(LA_LAND, "La Land").year(2011).rating("6.1", 5_000).build());
		this.documents.upsert(FilmDocumentBuilder.film(LALA, "Lala").year(2005).rating("7.0", 2_000_000).build());
		this.documents.upsert(FilmDocumentBuilder.film(LAND_OF_THE_LOST, "Land of the Lost")
			.year(2009)
			.rating("5.4", 60_000)
			.build());
		this.documents.upsert(FilmDocumentBuilder.film(BEHIND_THE_SCENES, "La La Land: Behind the Scenes")
			.type(FilmType.VIDEO)
			.year(2017)
			.rating("7.5", 900)
			.actor(null, "Amiee Connolly", "Herself")
			.actor(null, "Amie Conner", "Herself")
			.build());
		this.documents.upsert(FilmDocumentBuilder.film(UNE_NUIT, "Une nuit à la plage")
			.year(1999)
			.rating("6.0", 10_000_000)
			.actor(null, "Amiee Connolly", "Guest")
			.actor(null, "Amie Conner", "Guest")
			.build());
		this.documents.upsert(FilmDocumentBuilder.film(CONNERS_CROSSING, "Conner's Crossing")
			.year(1998)
			.actor(null, "Amie Conner", "Lead")
			.build());
		this.documents
			.upsert(FilmDocumentBuilder.film(LA_LANDE, "La Lande").year(2001).rating("6.6", 20_000_000).build());
		this.documents
			.upsert(FilmDocumentBuilder.film(LA_LANZ, "La Lanz").year(2002).rating("6.7", 30_000_000).build());
		this.documents.upsert(FilmDocumentBuilder.film(QUARNEL, "Quarnel").year(2020).rating("5.0", 10).build());
		this.documents
			.upsert(FilmDocumentBuilder.film(QUARNEL_RISING, "Quarnel Rising").year(2021).rating("5.0", 500).build());
		this.documents.upsert(
				FilmDocumentBuilder.film(QUARNEL_AFFAIR, "The Quarnel Affair").year(2022).rating("5.0", 1_000).build());
		this.documents
			.upsert(FilmDocumentBuilder.film(QUERNEL_DAYS, "Quernel Days").year(2023).rating("5.0", 5_000).build());
		this.documents.upsert(FilmDocumentBuilder.film(ZHARA, "Жара").year(2006).rating("5.0", 100).build());
		this.documents.upsert(FilmDocumentBuilder.film(ZHIZN, "Жизнь").year(2007).rating("5.0", 200).build());
	}

	@Test
	void typoFindsLaLaLandAndEveryWordOfTheQueryNeedsAWordOfItsOwn() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=la la lnad&type=film")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s],"size":20,"nextCursor":null,"next":null,"total":null}""".formatted(
					film("tt3783958", "La La Land", 2016, "movie", "La La Land", "fuzzy"), film(BEHIND_THE_SCENES,
							"La La Land: Behind the Scenes", 2017, "video", "La La Land: Behind the Scenes", "fuzzy")));
	}

	@Test
	void alternateTitleFindsLaLaLandAsAnExactMatch() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=LaLa Land&type=film")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s],"size":20,"nextCursor":null,"next":null,"total":null}"""
				.formatted(film("tt3783958", "La La Land", 2016, "movie", "LaLa Land", "exact")));
	}

	@Test
	void closerMatchesBeatMorePopularLooserOnesAndTyposAreNotLookedForWhenTheQueryMatchesAsTyped() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=la land&type=film&size=5")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s,%s],"size":5,"nextCursor":null,"next":null,"total":null}""".formatted(
					film(LA_LAND, "La Land", 2011, "movie", "La Land", "exact"),
					film("tt3783958", "La La Land", 2016, "movie", "La La Land", "words"),
					film(BEHIND_THE_SCENES, "La La Land: Behind the Scenes", 2017, "video",
							"La La Land: Behind the Scenes", "words"),
					film(LA_LANDE, "La Lande", 2001, "movie", "La Lande", "prefix")));
	}

	@Test
	void typosAreForgivenWhenNothingMatchesAsTypedTheFirstCharacterCountingTwice() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=la lanx&type=film")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s,%s],"size":20,"nextCursor":null,"next":null,"total":null}""".formatted(
					film(LA_LANZ, "La Lanz", 2002, "movie", "La Lanz", "fuzzy"),
					film("tt3783958", "La La Land", 2016, "movie", "La La Land", "fuzzy"),
					film(LA_LAND, "La Land", 2011, "movie", "La Land", "fuzzy"), film(BEHIND_THE_SCENES,
							"La La Land: Behind the Scenes", 2017, "video", "La La Land: Behind the Scenes", "fuzzy")));
		assertThat(this.mvc.get().uri("/api/v1/search?q=la ganz&type=film")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[],"size":20,"nextCursor":null,"next":null,"total":null}""");
	}

	@Test
	void pagesTheHitsInRankOrderFollowingNextWithoutRepeats() {
		String[] hits = { film(LA_LANZ, "La Lanz", 2002, "movie", "La Lanz", "fuzzy"),
				film("tt3783958", "La La Land", 2016, "movie", "La La Land", "fuzzy"),
				film(LA_LAND, "La Land", 2011, "movie", "La Land", "fuzzy"), film(BEHIND_THE_SCENES,
						"La La Land: Behind the Scenes", 2017, "video", "La La Land: Behind the Scenes", "fuzzy") };

		MvcTestResult first = this.mvc.get().uri("/api/v1/search?q=la lanx&type=film&size=3").exchange();
		String cursor = JsonMapper.builder()
			.build()
			.readTree(first.getResponse().getContentAsByteArray())
			.get("nextCursor")
			.asString();
		assertThat(first).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s],"size":3,"nextCursor":"%s",
					 "next":"http://localhost/api/v1/search?q=la%%20lanx&type=film&size=3&after=%s","total":null}"""
				.formatted(hits[0], hits[1], hits[2], cursor, cursor));
		assertThat(this.mvc.get()
			.uri(URI.create("http://localhost/api/v1/search?q=la%20lanx&type=film&size=3&after=" + cursor)))
			.hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s],"size":3,"nextCursor":null,"next":null,"total":null}""".formatted(hits[3]));
		assertThat(this.mvc.get().uri("/api/v1/search?q=la lanx&type=film&size=4")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s,%s],"size":4,"nextCursor":null,"next":null,"total":null}"""
				.formatted((Object[]) hits));
	}

	@Test
	void pagingEndsAfterTheBestThousandHits() {
		String thousandth = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("v1\u001fsearch\u001f1000\u001f3\u001f1\u001f0\u001f1\u001f0\u001f1"
				.getBytes(StandardCharsets.UTF_8));

		assertThat(this.mvc.get().uri("/api/v1/search?q=la lanx&after={after}", thousandth)).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[],"size":20,"nextCursor":null,"next":null,"total":null}""");
	}

	@Test
	void wordsMatchInAnyOrderAndFiltersNarrowTheHits() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=land la la&titleType=video")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s],"size":20,"nextCursor":null,"next":null,"total":null}"""
				.formatted(film(BEHIND_THE_SCENES, "La La Land: Behind the Scenes", 2017, "video",
						"La La Land: Behind the Scenes", "words")));
		assertThat(this.mvc.get().uri("/api/v1/search?q=land la&year=2011")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s],"size":20,"nextCursor":null,"next":null,"total":null}"""
				.formatted(film(LA_LAND, "La Land", 2011, "movie", "La Land", "words")));
	}

	@Test
	void findsPersonCreditedUnderAnAccentedName() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=amiee conn&type=person")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s],"size":20,"nextCursor":null,"next":null,"total":null}"""
				.formatted(person("Amiee Conn", "exact"), person("Amiee Connolly", "prefix")));
		assertThat(this.mvc.get().uri("/api/v1/search?q=amie connr&type=person")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s],"size":20,"nextCursor":null,"next":null,"total":null}"""
				.formatted(person("Amie Conner", "fuzzy"), person("Amiee Conn", "fuzzy")));
	}

	@Test
	void accentedQueryFindsTheUnaccentedName() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=amiée")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s],"size":20,"nextCursor":null,"next":null,"total":null}"""
				.formatted(person("Amiee Connolly", "words"), person("Amiee Conn", "words")));
	}

	@Test
	void unaccentedQueryFindsTheAccentedName() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=kalman berkes&type=person")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s],"size":20,"nextCursor":null,"next":null,"total":null}"""
				.formatted(person("Kálmán Berkes", "exact")));
	}

	@Test
	void searchesFilmsAndPeopleTogetherWhenNoTypeIsGivenAndIgnoresPunctuation() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=conner")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s],"size":20,"nextCursor":null,"next":null,"total":null}""".formatted(
					person("Amie Conner", "words"),
					film(CONNERS_CROSSING, "Conner's Crossing", 1998, "movie", "Conner's Crossing", "words")));
		assertThat(this.mvc.get().uri("/api/v1/search?q=conners crossing")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s],"size":20,"nextCursor":null,"next":null,"total":null}"""
				.formatted(film(CONNERS_CROSSING, "Conner's Crossing", 1998, "movie", "Conner's Crossing", "exact")));
	}

	@Test
	void suggestsTitlesStartingWithTheQueryFirstThenWordStarts() {
		assertThat(this.mvc.get().uri("/api/v1/films/suggest?q=Quar")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s]}""".formatted(
					suggestion(QUARNEL_RISING, "Quarnel Rising", 2021, "movie", "Quarnel Rising"),
					suggestion(QUARNEL, "Quarnel", 2020, "movie", "Quarnel"),
					suggestion(QUARNEL_AFFAIR, "The Quarnel Affair", 2022, "movie", "The Quarnel Affair")));
	}

	@Test
	void suggestsWordsStartingWithWhatWasTypedWithATypoWhenNothingStartsWithIt() {
		assertThat(this.mvc.get().uri("/api/v1/films/suggest?q=Qurnel")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s,%s,%s]}""".formatted(
					suggestion(QUERNEL_DAYS, "Quernel Days", 2023, "movie", "Quernel Days"),
					suggestion(QUARNEL_AFFAIR, "The Quarnel Affair", 2022, "movie", "The Quarnel Affair"),
					suggestion(QUARNEL_RISING, "Quarnel Rising", 2021, "movie", "Quarnel Rising"),
					suggestion(QUARNEL, "Quarnel", 2020, "movie", "Quarnel")));
	}

	@Test
	void suggestsByAlternateTitlePrefix() {
		assertThat(this.mvc.get().uri("/api/v1/films/suggest?q=lala l")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items":[%s]}""".formatted(suggestion("tt3783958", "La La Land", 2016, "movie", "LaLa Land")));
	}

	@Test
	void suggestsFromTheFirstCharacterMostVotedFirst() {
		assertThat(this.mvc.get().uri("/api/v1/films/suggest?q=ж")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[%s,%s]}""".formatted(suggestion(ZHIZN, "Жизнь", 2007, "movie", "Жизнь"),
					suggestion(ZHARA, "Жара", 2006, "movie", "Жара")));
	}

	@Test
	void answersNoHitsForAQueryWithoutLettersOrDigits() {
		assertThat(this.mvc.get().uri("/api/v1/search?q=!?")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items":[],"size":20,"nextCursor":null,"next":null,"total":null}""");
		assertThat(this.mvc.get().uri("/api/v1/films/suggest?q=-")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
				{"items":[]}""");
	}

	private String film(String imdbId, String title, int year, String type, String matched, String match) {
		Long id = this.jdbc.queryForObject("select id from film where imdb_id = ?", Long.class, imdbId);
		return """
				{"kind":"film","id":%d,"imdbId":"%s","title":"%s","releaseYear":%d,"type":"%s","matched":"%s","match":"%s",
				 "poster":%s}"""
			.formatted(id, imdbId, title, year, type, matched, match, poster(imdbId));
	}

	private String suggestion(String imdbId, String title, int year, String type, String matched) {
		Long id = this.jdbc.queryForObject("select id from film where imdb_id = ?", Long.class, imdbId);
		return """
				{"id":%d,"imdbId":"%s","title":"%s","releaseYear":%d,"type":"%s","matched":"%s","poster":%s}"""
			.formatted(id, imdbId, title, year, type, matched, poster(imdbId));
	}

	/**
	 * The URLs of the film's one poster (the demo film's placeholder; the decoys have
	 * none), as the film's images list them.
	 */
	private String poster(String imdbId) {
		List<String> sizes = this.jdbc.queryForList("""
				SELECT i.sha256 || '/%s.' || fl.format FROM image i JOIN image_file fl ON fl.sha256 = i.sha256
				JOIN film f ON f.id = i.film_id WHERE f.imdb_id = ? AND i.kind = 'poster'""", String.class, imdbId);
		if (sizes.isEmpty()) {
			return "null";
		}
		assertThat(sizes).hasSize(1);
		return Stream.of("w92", "w185", "w342", "w500", "original")
			.map((size) -> "\"%s\":\"/images/%s\"".formatted(size, sizes.get(0).formatted(size)))
			.collect(Collectors.joining(",", "{", "}"));
	}

	private String person(String name, String match) {
		Long id = this.jdbc.queryForObject("select min(id) from person where name = ?", Long.class, name);
		String imdbId = this.jdbc.queryForObject("select imdb_id from person where id = ?", String.class, id);
		return """
				{"kind":"person","id":%d,"imdbId":%s,"name":"%s","matched":"%s","match":"%s"}""".formatted(id,
				(imdbId != null) ? "\"" + imdbId + "\"" : "null", name, name, match);
	}

}
