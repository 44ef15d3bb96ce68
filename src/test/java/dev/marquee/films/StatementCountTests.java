package dev.marquee.films;

import dev.marquee.MarqueeTest;
import dev.marquee.credit.Department;
import dev.marquee.section.SectionRegistry;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: the SQL statements a read issues do not grow with the film. A title page with
 * every section, and a page of every section resource, cost the same for a film with 10
 * cast and 10 crew credits as for one with 1,000 of each, and the same as for the demo
 * film, whose every section is filled.
 */
@MarqueeTest
@Import(StatementCountTests.CountingDataSource.class)
class StatementCountTests {

	/**
	 * The films of this class, stored again before each test.
	 */
	private static final String SMALL = TestIds.film();

	private static final String BIG = TestIds.film();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SectionRegistry registry;

	@Autowired
	FilmDocuments documents;

	@BeforeEach
	void storeASmallAndABigFilm() {
		this.documents.upsert(withCrew(FilmDocumentBuilder.film(SMALL, "Ten Credits").actors("Small cast", 10), 10));
		this.documents
			.upsert(withCrew(FilmDocumentBuilder.film(BIG, "A Thousand Credits").actors("Big cast", 1000), 1000));
	}

	@Test
	void titlePageWithEverySectionCostsTheSameWhateverTheNumberOfCredits() {
		// The first title page after start asks the database for the sections' column
		// types once.
		statements("/api/v1/films/" + SMALL + "?include=all");

		long small = statements("/api/v1/films/" + SMALL + "?include=all");
		long big = statements("/api/v1/films/" + BIG + "?include=all");
		long demo = statements("/api/v1/films/tt3783958?include=all");

		long expected = titlePageStatements();
		assertThat(new long[] { small, big, demo }).containsExactly(expected, expected, expected);
	}

	@Test
	void aTitlePageWithAnySectionsIsOneStatement() {
		statements("/api/v1/films/" + SMALL + "?include=all");
		for (String include : new String[] { "cast", "awards", "soundtracks", "cast,crew,trivia", "box-office,lists",
				"all" }) {
			assertThat(statements("/api/v1/films/" + BIG + "?include=" + include)).as(include).isEqualTo(1);
		}
	}

	/**
	 * A conditional GET of a title page answers 304 without the page: while nothing has
	 * been committed since the instance read the page's ETag, it reads the database's
	 * snapshot alone (one statement); once a write has committed, anywhere, the snapshot
	 * and then the ETag alone (the film's version and the versions of what it shows),
	 * two; a stale ETag costs the snapshot and the page.
	 */
	@Test
	void aConditionalGetOfATitlePageIsOneStatementWithoutThePage() throws Exception {
		for (String film : new String[] { SMALL, BIG, "tt3783958" }) {
			String uri = "/api/v1/films/" + film + "?include=all";
			MvcTestResult page = this.mvc.get().uri(uri).exchange();
			String etag = page.getResponse().getHeader(HttpHeaders.ETAG);

			assertThat(notModifiedWhileNothingCommits(uri, etag)).as(uri).isEqualTo(1);

			assertThat(staleWhileNothingCommits(uri, page)).as(uri).isEqualTo(2);

			this.documents.upsert(FilmDocumentBuilder.film(TestIds.film(), "Written Meanwhile").build());
			QueryCountHolder.clear();
			MvcTestResult afterAWrite = this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
			assertThat(afterAWrite).as(uri).hasStatus(304).hasHeader(HttpHeaders.ETAG, etag);
			assertThat(QueryCountHolder.getGrandTotal().getTotal()).as(uri).isEqualTo(2);
			assertThat(notModifiedWhileNothingCommits(uri, etag)).as(uri).isEqualTo(1);
		}
	}

	/**
	 * The statements of a conditional GET answered 304 with nothing committed since the
	 * instance last checked the ETag. The database is shared with the whole test context,
	 * and a commit by anything else between two requests (the suite once saw one) costs
	 * the ETag's statement once and keeps the new snapshot; so a GET that costs two is
	 * sent again, up to three times in all.
	 */
	private long notModifiedWhileNothingCommits(String uri, String etag) throws Exception {
		long statements = 0;
		for (int attempt = 0; attempt < 3 && statements != 1; attempt++) {
			QueryCountHolder.clear();
			MvcTestResult notModified = this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
			assertThat(notModified).as(uri).hasStatus(304).hasHeader(HttpHeaders.ETAG, etag);
			assertThat(notModified.getResponse().getContentAsByteArray()).isEmpty();
			statements = QueryCountHolder.getGrandTotal().getTotal();
			assertThat(statements).as(uri).isBetween(1L, 2L);
		}
		return statements;
	}

	/**
	 * The statements of a conditional GET with a stale ETag, which answers the whole
	 * page: the snapshot and the page while nothing has committed since the instance last
	 * checked, and the ETag's statement too once something has; so, as above, a GET that
	 * costs three is sent again, up to three times in all.
	 */
	private long staleWhileNothingCommits(String uri, MvcTestResult page) throws Exception {
		String etag = page.getResponse().getHeader(HttpHeaders.ETAG);
		long statements = 0;
		for (int attempt = 0; attempt < 3 && statements != 2; attempt++) {
			QueryCountHolder.clear();
			MvcTestResult stale = this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, "\"0.0\"").exchange();
			assertThat(stale).as(uri).hasStatusOk().hasHeader(HttpHeaders.ETAG, etag);
			assertThat(stale.getResponse().getContentAsString()).isEqualTo(page.getResponse().getContentAsString());
			statements = QueryCountHolder.getGrandTotal().getTotal();
			assertThat(statements).as(uri).isBetween(2L, 3L);
		}
		return statements;
	}

	@Test
	void aPageOfEverySectionCostsTheSameWhateverTheNumberOfItems() {
		for (String section : new String[] { "cast", "crew", "trivia", "goofs", "crazy-credits", "connections",
				"reviews", "locations", "alternate-titles", "release-dates", "companies", "taglines", "certifications",
				"keywords", "videos", "translations", "awards" }) {
			String query = section.equals("awards") ? "" : "?size=100";
			long small = statements("/api/v1/films/" + SMALL + "/" + section + query);
			long big = statements("/api/v1/films/" + BIG + "/" + section + query);
			long demo = statements("/api/v1/films/tt3783958/" + section + query);

			long expected = section.equals("awards") ? 4 : 2;
			assertThat(new long[] { small, big, demo }).as(section).containsExactly(expected, expected, expected);
		}
	}

	@Test
	void aFilmAloneIsOneStatementAndABatchOfThemToo() {
		assertThat(statements("/api/v1/films/tt3783958")).isEqualTo(1);
		assertThat(statements("/api/v1/films/batch?ids=tt3783958," + SMALL + "," + BIG)).isEqualTo(1);
	}

	@Test
	void aPageOfSoundtracksIsThreeStatements() {
		assertThat(statements("/api/v1/films/tt3783958/soundtracks")).isEqualTo(3);
		assertThat(statements("/api/v1/films/tt3783958/box-office")).isEqualTo(2);
	}

	/**
	 * The film with its official sites and every query of every section of the registry
	 * (soundtracks' songs and lines, awards' summary, nominations and nominees among
	 * them), in one statement.
	 */
	/**
	 * More like this reads the candidates, scores them and shows a page of them in one
	 * statement, whatever the films' sizes; a title page in a language reads its
	 * translations with it.
	 */
	@Test
	void similarFilmsAndATitlePageInALanguageAreOneStatement() {
		for (String film : new String[] { SMALL, BIG, "tt3783958" }) {
			assertThat(statements("/api/v1/films/" + film + "/similar")).as(film).isEqualTo(1);
			assertThat(statements("/api/v1/films/" + film + "?language=de")).as(film).isEqualTo(1);
			assertThat(statements("/api/v1/films/" + film + "?include=all&language=es-MX")).as(film).isEqualTo(1);
		}
	}

	/**
	 * Search answers from its index after reading what PostgreSQL committed since (the
	 * same statements for every query); the posters of a page's films are one statement
	 * more, however many films the page has, and none for a page of people.
	 */
	@Test
	void theFilmPostersOfAPageOfSearchHitsOrSuggestionsAreOneStatement() {
		// The first search after the films were stored reads them into the index.
		statements("/api/v1/search?q=Credits");

		long people = statements("/api/v1/search?type=person&q=Big cast&size=20");
		long films = statements("/api/v1/search?type=film&q=Credits&size=20");
		long suggested = statements("/api/v1/films/suggest?q=Credits");

		assertThat(this.mvc.get().uri("/api/v1/films/suggest?q=Credits").exchange()).bodyJson()
			.extractingPath("items.length()")
			.asNumber()
			.satisfies((hits) -> assertThat(hits.intValue()).isGreaterThanOrEqualTo(2));
		assertThat(films).isEqualTo(people + 1);
		assertThat(suggested).isEqualTo(people + 1);
	}

	private long titlePageStatements() {
		return 1;
	}

	private long statements(String uri) {
		QueryCountHolder.clear();
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return QueryCountHolder.getGrandTotal().getTotal();
	}

	private static FilmDocument withCrew(FilmDocumentBuilder film, int count) {
		Department[] departments = Department.values();
		for (int i = 1; i <= count; i++) {
			film.crew(null, "Crew " + i, departments[i % departments.length], "Job " + i);
		}
		return film.build();
	}

	/**
	 * Every statement the app sends, through JPA or plain JDBC, counted per thread
	 * (MockMvc serves the request on the test's thread).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countingDataSourcePostProcessor() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource)
							? ProxyDataSourceBuilder.create(dataSource).name(beanName).countQuery().build() : bean;
				}

			};
		}

	}

}
