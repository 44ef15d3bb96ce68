package dev.marquee.films;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.marquee.MarqueeTest;
import dev.marquee.credit.Department;
import dev.marquee.section.SectionProjection;
import dev.marquee.section.SectionRegistry;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.ResourceId;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A title page read in one statement answers byte for byte what each section read by its
 * own queries answers: every section of the demo film (each filled), a film with 120
 * credits, a film with only its own fields, and every single section alone; and a set of
 * sections read by a statement of its own reads what the statement of every section reads
 * for it.
 */
@MarqueeTest
class TitlePageStatementTests {

	private static final String DEMO = "tt3783958";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SectionRegistry registry;

	@Autowired
	FilmDocuments documents;

	@Autowired
	FilmRows filmRows;

	@Autowired
	JsonMapper jsonMapper;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbcClient;

	@Test
	void everySectionOfTheDemoFilmIsWhatItsOwnQueriesRead() throws Exception {
		assertSameAsEachSectionRead("tt3783958", this.registry.titlePage());
		for (TitlePageSection section : this.registry.titlePage()) {
			assertSameAsEachSectionRead("tt3783958", List.of(section));
		}
	}

	@Test
	void aPageOf120CreditsIsWhatItsOwnQueriesRead() throws Exception {
		String imdbId = TestIds.film();
		FilmDocumentBuilder film = FilmDocumentBuilder.film(imdbId, "A Hundred and Twenty Credits")
			.actors("Cast member", 60)
			.trivia("Shot in 12 days.", false)
			.list("Long casts")
			.company(null, "Twelve Days Pictures");
		Department[] departments = Department.values();
		for (int i = 1; i <= 60; i++) {
			film.crew(null, "Crew member " + i, departments[i % departments.length], "Job " + i);
		}
		this.documents.upsert(film.build());

		assertSameAsEachSectionRead(imdbId, this.registry.titlePage());
	}

	@Test
	void aFilmWithNoSectionsIsWhatItsOwnQueriesRead() throws Exception {
		String imdbId = TestIds.film();
		this.documents.upsert(FilmDocumentBuilder.film(imdbId, "Nothing Else").build());

		assertSameAsEachSectionRead(imdbId, this.registry.titlePage());
	}

	@Test
	void aStatementOfItsOwnReadsWhatTheWholePageStatementReadsForTheSameSections() {
		List<TitlePageSection> all = this.registry.titlePage();
		List<List<TitlePageSection>> alone = all.stream().map(List::of).toList();
		List<List<TitlePageSection>> allButOne = all.stream()
			.map((left) -> all.stream().filter((section) -> section != left).toList())
			.toList();
		for (List<List<TitlePageSection>> sets : List.of(alone, allButOne)) {
			TitlePageStatement statement = new TitlePageStatement(this.jdbcClient, FilmRows.SELECT,
					TitlePages.SHOWN_OF_FILM, all);
			String whole = statement.page(all, true);
			List<Boolean> own = new ArrayList<>();
			for (List<TitlePageSection> sections : sets) {
				String page = statement.page(sections, true);
				Integer[] places = sections.stream()
					.map((section) -> section.embedding().place())
					.toArray(Integer[]::new);
				assertThat(rows(page, places)).as(Includes.names(sections)).isEqualTo(rows(whole, places));
				assertThat(withoutSnapshot(this.jdbcClient.sql(statement.validator(sections, true))
					.param(places)
					.param(DEMO)
					.query()
					.singleRow()))
					.isEqualTo(withoutSnapshot(this.jdbcClient.sql(statement.validator(all, true))
						.param(places)
						.param(DEMO)
						.query()
						.singleRow()));
				own.add(!page.equals(whole));
				assertThat(page.length()).isLessThanOrEqualTo(whole.length());
			}
			// the first set has a statement of its own; they stop at a bound (the whole
			// page's length: not two sets of all sections but one), after which the whole
			// page's serves
			assertThat(own.get(0)).isTrue();
			if (sets == allButOne) {
				assertThat(own).contains(false);
			}
		}
	}

	/**
	 * The rows of the demo film's page, each as its columns that are not {@code NULL},
	 * but the snapshot it read in: a property of the moment, not of the page, which any
	 * commit between two reads moves (another test's write, the search index's pruning of
	 * its outbox).
	 */
	private List<Map<String, Object>> rows(String page, Integer[] places) {
		return this.jdbcClient.sql(page).param(places).param(DEMO).query().listOfRows().stream().map((row) -> {
			Map<String, Object> values = new LinkedHashMap<>();
			withoutSnapshot(row).forEach((column, value) -> {
				if (value instanceof Array array) {
					try {
						values.put(column, Arrays.asList((Object[]) array.getArray()));
					}
					catch (SQLException ex) {
						throw new IllegalStateException(ex);
					}
				}
				else if (value != null) {
					values.put(column, value);
				}
			});
			return values;
		}).toList();
	}

	private static Map<String, Object> withoutSnapshot(Map<String, Object> row) {
		Map<String, Object> values = new LinkedHashMap<>(row);
		values.remove("snapshot");
		return values;
	}

	private void assertSameAsEachSectionRead(String imdbId, List<TitlePageSection> sections) throws Exception {
		String include = Includes.names(sections).replace(" ", "");
		MvcTestResult result = this.mvc.get().uri("/api/v1/films/" + imdbId + "?include=" + include).exchange();
		assertThat(result).hasStatusOk();

		byte[] expected = this.transactions.execute((status) -> {
			FilmView film = this.filmRows.require(ResourceId.parse(imdbId, "tt", "id"));
			Map<String, @Nullable Object> embedded = new LinkedHashMap<>();
			for (TitlePageSection section : sections) {
				embedded.put(section.embedding().property(), ((SectionProjection) section).read(film.id()));
			}
			return this.jsonMapper.writeValueAsBytes(film.withSections(embedded));
		});
		assertThat(new String(result.getResponse().getContentAsByteArray(), "UTF-8")).as(include)
			.isEqualTo(new String(expected, "UTF-8"));
	}

}
