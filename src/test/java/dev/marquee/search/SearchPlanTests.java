package dev.marquee.search;

import java.util.List;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search reads the indexes of the stored folded text rather than every row: on twenty
 * thousand generated films and a few thousand alternate titles and people (inserted and
 * analysed inside the test transaction, then rolled back), PostgreSQL's plan for each
 * query uses the byte-order btree (exact and prefix matches) and the GiST trigram index
 * (closest matches in distance order) of each table.
 */
@MarqueeTest
@Transactional
class SearchPlanTests {

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void manyRows() {
		this.jdbc.sql("""
				INSERT INTO film (imdb_id, title, type, release_year, rating_votes)
				SELECT 'tt' || (71000000 + i), initcap(md5(i::text)) || ' ' || substr(md5((i * 7)::text), 1, 6),
				       'movie', 1950 + i % 70, i
				FROM generate_series(1, 20000) AS i
				""").update();
		this.jdbc.sql("""
				INSERT INTO alternate_title (film_id, title)
				SELECT id, 'Aka ' || md5(title) FROM film WHERE imdb_id LIKE 'tt71%' AND id % 5 = 0
				""").update();
		this.jdbc.sql("""
				INSERT INTO person (name)
				SELECT initcap(substr(md5(i::text), 1, 8)) || ' ' || initcap(substr(md5((i * 3)::text), 1, 10))
				FROM generate_series(1, 4000) AS i
				""").update();
		this.jdbc.sql("ANALYZE film, alternate_title, person").update();
		// What is proved is that the query's expressions match the indexes; whether a
		// sequential scan is
		// cheaper for a few thousand rows depends on what else the shared test database
		// holds.
		this.jdbc.sql("SET LOCAL enable_seqscan = off").update();
		this.jdbc.sql(SearchSql.THRESHOLDS).query().singleRow();
	}

	@Test
	void filmSearchUsesTheTitleAndAlternateTitleFoldedIndexes() {
		assertThat(plan(SearchSql.FILMS)).contains("film_title_folded_trgm_idx")
			.contains("alternate_title_folded_trgm_idx")
			.contains("film_title_folded_idx")
			.contains("alternate_title_folded_idx")
			.doesNotContain("Seq Scan on film ")
			.doesNotContain("Seq Scan on alternate_title");
	}

	@Test
	void personSearchUsesTheNameFoldedIndexes() {
		assertThat(plan(SearchSql.PEOPLE)).contains("person_name_folded_trgm_idx")
			.contains("person_name_folded_idx")
			.doesNotContain("Seq Scan on person");
	}

	@Test
	void suggestUsesTheFoldedIndexesFromTheSecondCharacter() {
		List<String> lines = this.jdbc.sql("EXPLAIN " + SearchSql.SUGGEST).param("q", "la").query(String.class).list();

		assertThat(String.join("\n", lines)).contains("film_title_folded_trgm_idx")
			.contains("alternate_title_folded_trgm_idx")
			.contains("film_title_folded_idx")
			.contains("alternate_title_folded_idx")
			.doesNotContain("Seq Scan on film ")
			.doesNotContain("Seq Scan on alternate_title");
	}

	private String plan(String sql) {
		List<String> lines = this.jdbc.sql("EXPLAIN SELECT * FROM (" + sql + ") h\n" + SearchSql.RANKED)
			.param("q", "la la lnd")
			.param("size", 20)
			.query(String.class)
			.list();
		String plan = String.join("\n", lines);
		return plan;
	}

}
