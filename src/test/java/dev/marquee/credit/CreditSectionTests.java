package dev.marquee.credit;

import java.util.List;

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
import static dev.marquee.testdata.SectionAssertions.itemIds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cast and crew as resources of their own: the demo film's whole lists, one credit by
 * id, and keyset pages that add up to the whole list.
 */
@MarqueeTest
class CreditSectionTests {

	/**
	 * The film of this class, stored again before each test.
	 */
	private static final String FILM = TestIds.film();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	@BeforeEach
	void storeABigFilm() {
		FilmDocumentBuilder film = FilmDocumentBuilder.film(FILM, "Forty-Five Actors").actors("Actor", 45);
		// Added out of department order: the crew list must regroup them.
		for (Department department : new Department[] { Department.SOUND, Department.DIRECTING, Department.MUSIC }) {
			for (int i = 1; i <= 9; i++) {
				film.crew(null, department.code() + " person " + i, department, "Job " + i);
			}
		}
		this.documents.upsert(film.build());
	}

	@Test
	void castOfTheDemoFilmIsItsDocumentsCastInBillingOrder() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/films/tt3783958/cast").exchange();

		assertBodyWithoutAssigned(result, SectionJson.demoPage("cast", 20));
		assertThat(itemIds(result)).isEqualTo(this.jdbc.queryForList("""
				select c.id from cast_credit c join film f on f.id = c.film_id
				where f.imdb_id = 'tt3783958' order by c.billing_order, c.id""", Long.class));
	}

	@Test
	void crewOfTheDemoFilmIsGroupedByDepartmentInCreditOrder() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/films/tt3783958/crew?size=50").exchange();

		assertBodyWithoutAssigned(result, SectionJson.demoPage("crew", 50));
	}

	@Test
	void oneCastCreditByIdIsTheListsItem() {
		Long filmId = this.jdbc.queryForObject("select id from film where imdb_id = 'tt3783958'", Long.class);
		Long emmaStone = this.jdbc.queryForObject("""
				select c.id from cast_credit c join person p on p.id = c.person_id
				where c.film_id = ? and p.name = 'Emma Stone'""", Long.class, filmId);

		MvcTestResult result = this.mvc.get().uri("/api/v1/films/" + filmId + "/cast/" + emmaStone).exchange();

		assertBodyWithoutAssigned(result, SectionJson.write(SectionJson.demoNode("cast").get(1)));
		assertThat(SectionJson.body(result).get("id").asLong()).isEqualTo(emmaStone);
	}

	@Test
	void oneCrewCreditByIdIsTheListsItem() {
		Long director = this.jdbc.queryForObject("""
				select c.id from crew_credit c join film f on f.id = c.film_id
				where f.imdb_id = 'tt3783958' and c.job = 'Director'""", Long.class);

		MvcTestResult result = this.mvc.get().uri("/api/v1/films/tt3783958/crew/" + director).exchange();

		assertBodyWithoutAssigned(result, SectionJson.write(SectionJson.demoNode("crew").get(0)));
	}

	@Test
	void castPagesAddUpToTheWholeCast() {
		List<JsonNode> paged = allPages(this.mvc, "/api/v1/films/" + FILM + "/cast?size=20", 20, 3);

		List<JsonNode> whole = SectionJson
			.items(SectionJson.body(this.mvc.get().uri("/api/v1/films/" + FILM + "/cast?size=100").exchange()));
		assertThat(whole).hasSize(45);
		assertThat(paged).isEqualTo(whole);
		assertThat(paged).extracting((item) -> item.get("billingOrder").asInt())
			.isEqualTo(java.util.stream.IntStream.rangeClosed(1, 45).boxed().toList());
	}

	@Test
	void crewPagesAddUpToTheWholeCrewGroupedByDepartment() {
		List<JsonNode> paged = allPages(this.mvc, "/api/v1/films/" + FILM + "/crew?size=10", 10, 3);

		List<JsonNode> whole = SectionJson
			.items(SectionJson.body(this.mvc.get().uri("/api/v1/films/" + FILM + "/crew?size=100").exchange()));
		assertThat(whole).hasSize(27);
		assertThat(paged).isEqualTo(whole);
		assertThat(paged).extracting((item) -> item.get("department").asString() + " " + item.get("job").asString())
			.startsWith("directing Job 1", "directing Job 2")
			.contains("music Job 9", "sound Job 1")
			.endsWith("sound Job 9");
		assertThat(paged.get(8).get("job").asString()).isEqualTo("Job 9");
		assertThat(paged.get(9).get("department").asString()).isEqualTo("music");
		assertThat(paged.get(18).get("department").asString()).isEqualTo("sound");
	}

}
