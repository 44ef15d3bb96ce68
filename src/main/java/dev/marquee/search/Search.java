package dev.marquee.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.marquee.search.SearchHit.FilmHit;
import dev.marquee.search.SearchHit.PersonHit;
import dev.marquee.search.Suggestions.Suggestion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the queries of {@link SearchSql}: the trigram thresholds are set for the
 * transaction, then one statement finds, ranks and caps the hits.
 */
@Service
@Transactional(readOnly = true)
class Search {

	/**
	 * Suggestions start at this many characters; a shorter query matches too much to be
	 * useful and answers no films.
	 */
	static final int SUGGEST_MIN_LENGTH = 2;

	private final JdbcClient jdbc;

	Search(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SearchResults search(String query, SearchType type, int size) {
		String sql = switch (type) {
			case FILM -> SearchSql.FILMS;
			case PERSON -> SearchSql.PEOPLE;
			case ALL -> SearchSql.FILMS + "UNION ALL\n" + SearchSql.PEOPLE;
		};
		setThresholds();
		List<SearchHit> hits = this.jdbc.sql("SELECT * FROM (" + sql + ") h\n" + SearchSql.RANKED)
			.param("q", query.strip())
			.param("size", size)
			.query(Search::hit)
			.list();
		return new SearchResults(hits, size);
	}

	Suggestions suggest(String query) {
		String prefix = query.strip();
		if (prefix.codePointCount(0, prefix.length()) < SUGGEST_MIN_LENGTH) {
			return new Suggestions(List.of());
		}
		setThresholds();
		return new Suggestions(this.jdbc.sql(SearchSql.SUGGEST)
			.param("q", prefix)
			.query((rs, row) -> new Suggestion(rs.getLong("id"), rs.getString("imdb_id"), rs.getString("name"),
					rs.getObject("release_year", Integer.class), rs.getString("film_type"), rs.getString("matched")))
			.list());
	}

	private void setThresholds() {
		this.jdbc.sql(SearchSql.THRESHOLDS).query().singleRow();
	}

	private static SearchHit hit(ResultSet rs, int row) throws SQLException {
		Match match = Match.ofRank(rs.getInt("match_rank"));
		if ("film".equals(rs.getString("kind"))) {
			return new FilmHit(rs.getLong("id"), rs.getString("imdb_id"), rs.getString("name"),
					rs.getObject("release_year", Integer.class), rs.getString("film_type"), rs.getString("matched"),
					match);
		}
		return new PersonHit(rs.getLong("id"), rs.getString("imdb_id"), rs.getString("name"), match);
	}

}
