package dev.marquee.films;

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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A title page read in one statement answers byte for byte what each section read by its
 * own queries answers: every section of the demo film (each filled), a film with 120
 * credits, a film with only its own fields, and every single section alone.
 */
@MarqueeTest
class TitlePageStatementTests {

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
