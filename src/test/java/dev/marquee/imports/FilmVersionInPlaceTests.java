package dev.marquee.imports;

import java.util.List;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raising a film's version (every change to a section does, and a refresh raises tens of
 * thousands at once) writes the new row version into the film's own page, leaving the
 * film's indexes alone, even right after films filled pages in bulk as a first load does:
 * the table keeps a tenth of each page free. Titles tt9612….
 */
@MarqueeTest
class FilmVersionInPlaceTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void raisingTheVersionOfFilmsWrittenInBulkStaysOnTheirPages() {
		// Rolled back, so nothing is left behind; pg_stat_xact_user_tables counts this
		// transaction's own updates.
		List<Long> counts = this.transactions.execute((status) -> {
			status.setRollbackOnly();
			// Films of equal size, enough to fill more than two pages: the first is on a
			// page its followers filled as far as the table lets them.
			List<Long> ids = this.jdbc.queryForList(
					"""
							INSERT INTO film (imdb_id, title, type, release_year, genres)
							SELECT 'tt9612' || lpad(n::text, 4, '0'), 'A film of the same length, number ' || lpad(n::text, 4, '0'),
							    'movie', 2001, '{Drama,Comedy}'
							FROM generate_series(1, 100) n ORDER BY n
							RETURNING id""",
					Long.class);
			long hotBefore = hotUpdates();
			this.jdbc.update("UPDATE film SET version = version + 1, updated_at = now() WHERE id = ANY (?::bigint[])",
					"{" + ids.get(0) + "," + ids.get(50) + "}");
			return List.of(hotUpdates() - hotBefore, this.jdbc
				.queryForObject("SELECT count(*) FROM film WHERE imdb_id LIKE 'tt9612%' AND version = 1", Long.class));
		});
		assertThat(counts).as("updates written in place, films raised").containsExactly(2L, 2L);
		// A page the inserts filled may still have had room from other tests' deleted
		// rows, so the count alone cannot tell a packed table from one that keeps room.
		assertThat(this.jdbc.queryForList("SELECT unnest(reloptions) FROM pg_class WHERE oid = 'film'::regclass",
				String.class))
			.containsExactly("fillfactor=90");
	}

	private long hotUpdates() {
		return this.jdbc.queryForObject(
				"SELECT n_tup_hot_upd FROM pg_stat_xact_user_tables WHERE relid = 'film'::regclass", Long.class);
	}

}
