package dev.marquee.film;

import java.util.List;
import java.util.Map;

import dev.marquee.MarqueeTest;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.SectionJson;
import dev.marquee.testdata.TestIds;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.SectionAssertions.allPages;
import static dev.marquee.testdata.SectionAssertions.assertBodyWithoutAssigned;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every section of the title page as its own resource: for the demo film each answers
 * what its film document holds, in the same item shape as include= embeds; one item by id
 * is the list's item; spoilers and review sorts filter and order; pages add up to the
 * whole list.
 */
@MarqueeTest
class FilmSectionResourcesTests {

	/**
	 * The films of this class, stored again before each test.
	 */
	private static final String TRIVIA = TestIds.film();

	private static final String REVIEWED = TestIds.film();

	/** Section path → field of the film document / include=all answer. */
	static final Map<String, String> LISTS = Map.ofEntries(Map.entry("cast", "cast"), Map.entry("crew", "crew"),
			Map.entry("trivia", "trivia"), Map.entry("goofs", "goofs"), Map.entry("crazy-credits", "crazyCredits"),
			Map.entry("connections", "connections"), Map.entry("soundtracks", "soundtracks"),
			Map.entry("reviews", "reviews"), Map.entry("locations", "locations"),
			Map.entry("alternate-titles", "alternateTitles"), Map.entry("release-dates", "releaseDates"),
			Map.entry("companies", "companies"), Map.entry("taglines", "taglines"),
			Map.entry("certifications", "certifications"), Map.entry("keywords", "keywords"),
			Map.entry("videos", "videos"), Map.entry("translations", "translations"));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	@BeforeEach
	void storeFilmsWithManyItems() {
		FilmDocumentBuilder trivia = FilmDocumentBuilder.film(TRIVIA, "Much Trivia");
		for (int i = 1; i <= 25; i++) {
			trivia.trivia("Fact " + i, i % 5 == 0);
			trivia.alternateTitle("Title " + i, null);
		}
		this.documents.upsert(trivia.build());
		this.documents.upsert(FilmDocumentBuilder.film(REVIEWED, "Reviewed")
			.review("A", "2020-01-05", 7, 10, false)
			.review("B", "2021-03-01", null, 50, false)
			.review("C", "2019-07-12", 9, 10, true)
			.review("D", "2021-03-01", 7, 0, false)
			.review("E", "2018-02-02", null, 30, false)
			.build());
	}

	@Test
	void everyListSectionOfTheDemoFilmIsItsDocumentsSectionOnOnePage() {
		LISTS.forEach((path, field) -> assertBodyWithoutAssigned(
				this.mvc.get().uri("/api/v1/films/tt3783958/" + path + "?size=100").exchange(),
				SectionJson.demoPage(field, 100)));
	}

	@Test
	void everyListSectionIsTheSameWithTheNumericId() {
		Long id = this.jdbc.queryForObject("select id from film where imdb_id = 'tt3783958'", Long.class);
		LISTS.keySet().forEach((path) -> {
			String byImdbId = SectionJson
				.write(SectionJson.body(this.mvc.get().uri("/api/v1/films/tt3783958/" + path).exchange()));
			assertThat(this.mvc.get().uri("/api/v1/films/" + id + "/" + path).exchange()).hasStatusOk()
				.bodyJson()
				.isStrictlyEqualTo(byImdbId);
		});
	}

	@Test
	void sectionItemsHaveTheShapeIncludeEmbeds() {
		JsonNode titlePage = SectionJson.body(this.mvc.get().uri("/api/v1/films/tt3783958?include=all").exchange());
		LISTS.forEach((path, field) -> {
			JsonNode page = SectionJson
				.body(this.mvc.get().uri("/api/v1/films/tt3783958/" + path + "?size=100").exchange());
			assertThat(page.get("items")).as(path).isEqualTo(titlePage.get(field));
		});
		assertThat(SectionJson.body(this.mvc.get().uri("/api/v1/films/tt3783958/box-office").exchange()))
			.isEqualTo(titlePage.get("boxOffice"));
		assertThat(SectionJson.body(this.mvc.get().uri("/api/v1/films/tt3783958/awards").exchange()))
			.isEqualTo(titlePage.get("awards"));
	}

	@Test
	void oneItemByIdIsTheListsItemForEverySection() {
		LISTS.keySet().forEach((path) -> {
			JsonNode first = SectionJson
				.items(SectionJson.body(this.mvc.get().uri("/api/v1/films/tt3783958/" + path).exchange()))
				.get(0);
			MvcTestResult item = this.mvc.get()
				.uri("/api/v1/films/tt3783958/" + path + "/" + first.get("id").asLong())
				.exchange();
			assertThat(item).as(path).hasStatusOk().bodyJson().isStrictlyEqualTo(SectionJson.write(first));
		});
	}

	@Test
	void boxOfficeOfTheDemoFilmIsItsDocumentsFigures() {
		assertBodyWithoutAssigned(this.mvc.get().uri("/api/v1/films/tt3783958/box-office").exchange(),
				SectionJson.demo("boxOffice"));
	}

	@Test
	void awardsOfTheDemoFilmAreItsDocumentsSummaryAndNominations() {
		assertBodyWithoutAssigned(this.mvc.get().uri("/api/v1/films/tt3783958/awards").exchange(),
				SectionJson.demo("awards"));
	}

	@Test
	void awardsOfAFilmWithoutAnyAreEmpty() {
		assertThat(this.mvc.get().uri("/api/v1/films/" + REVIEWED + "/awards").exchange()).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"summary\":null,\"nominations\":[]}");
	}

	@Test
	void triviaPagesAddUpToTheWholeListAndHidingSpoilersLeavesThemOut() {
		List<JsonNode> paged = allPages(this.mvc, "/api/v1/films/" + TRIVIA + "/trivia?size=10", 10, 3);
		List<JsonNode> hidden = allPages(this.mvc, "/api/v1/films/" + TRIVIA + "/trivia?size=10&spoilers=hide", 10, 2);

		assertThat(paged).extracting((item) -> item.get("text").asString())
			.isEqualTo(java.util.stream.IntStream.rangeClosed(1, 25).mapToObj((i) -> "Fact " + i).toList());
		assertThat(hidden).isEqualTo(paged.stream().filter((item) -> !item.get("spoiler").asBoolean()).toList())
			.hasSize(20);
		assertThat(SectionJson.items(SectionJson
			.body(this.mvc.get().uri("/api/v1/films/" + TRIVIA + "/trivia?size=100&spoilers=show").exchange())))
			.isEqualTo(paged);
	}

	@Test
	void alternateTitlePagesAddUpToTheWholeList() {
		List<JsonNode> paged = allPages(this.mvc, "/api/v1/films/" + TRIVIA + "/alternate-titles?size=12", 12, 3);

		assertThat(paged).extracting((item) -> item.get("title").asString())
			.isEqualTo(java.util.stream.IntStream.rangeClosed(1, 25).mapToObj((i) -> "Title " + i).toList());
	}

	@Test
	void reviewsAreMostHelpfulFirstByDefault() {
		assertThat(reviewTitles("/api/v1/films/" + REVIEWED + "/reviews?size=2", 3)).containsExactly("B", "E", "A", "C",
				"D");
	}

	@Test
	void reviewsSortedByDateAreNewestFirstTiesByIdPagedAcrossPages() {
		assertThat(reviewTitles("/api/v1/films/" + REVIEWED + "/reviews?sort=date&size=2", 3)).containsExactly("B", "D",
				"A", "C", "E");
	}

	@Test
	void reviewsSortedByRatingAreHighestFirstWithUnratedLast() {
		assertThat(reviewTitles("/api/v1/films/" + REVIEWED + "/reviews?sort=rating&size=2", 3)).containsExactly("C",
				"A", "D", "B", "E");
	}

	@Test
	void hidingSpoilersLeavesSpoilerReviewsOut() {
		assertThat(reviewTitles("/api/v1/films/" + REVIEWED + "/reviews?sort=rating&size=2&spoilers=hide", 2))
			.containsExactly("A", "D", "B", "E");
	}

	@Test
	void aReviewPageIsWholeReviews() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/films/" + REVIEWED + "/reviews?sort=date&size=1").exchange();

		JsonNode body = SectionJson.body(result);
		assertBodyWithoutAssigned(result,
				"""
						{"items":[{"title":"B","body":"Body of B","author":"B author","publishedOn":"2021-03-01","rating":null,
						  "spoiler":false,"helpfulVotes":50,"unhelpfulVotes":0,"featured":false}],
						 "size":1,"nextCursor":"%s","next":"http://localhost/api/v1/films/%s/reviews?sort=date&size=1&after=%s","total":null}"""
					.formatted(body.get("nextCursor").asString(), REVIEWED, body.get("nextCursor").asString()));
	}

	private List<String> reviewTitles(String uri, int pages) {
		return allPages(this.mvc, uri, 2, pages).stream().map((item) -> item.get("title").asString()).toList();
	}

}
