package dev.marquee.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.marquee.support.db.SqlArrays;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import dev.marquee.support.web.Versioned;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads people for the people endpoints: one person by either id, or a page of people in
 * name order, optionally filtered by a typo-tolerant name query and a profession.
 */
@Service
@Transactional(readOnly = true)
class PersonDirectory {

	static final String SORT = "name";

	private final PersonRepository repository;

	private final JdbcClient jdbc;

	PersonDirectory(PersonRepository repository, JdbcClient jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	Versioned<PersonView> read(ResourceId id) {
		Person person = find(this.repository, id);
		return new Versioned<>(PersonView.of(person), person.getVersion());
	}

	static Person find(PersonRepository repository, ResourceId id) {
		return ((id.imdbId() != null) ? repository.findByImdbId(id.imdbId()) : repository.findById(id.id()))
			.orElseThrow(() -> PersonNotFoundException.forId(id));
	}

	/**
	 * A page of people ordered by name, then id. The name query matches like search does:
	 * case- and accent-folded, by trigram similarity of the whole name or of its best
	 * matching words, so typos are forgiven; it filters, it does not reorder.
	 */
	PageView<PersonSummary> list(@Nullable String query, @Nullable String profession, int size,
			@Nullable String after) {
		Cursor cursor = Cursor.decode(after, SORT, 2);
		StringBuilder sql = new StringBuilder("""
				SELECT id, imdb_id, name, birth_year, death_year, professions
				FROM person
				WHERE true
				""");
		Map<String, Object> params = new HashMap<>();
		if (query != null) {
			sql.append("""
					AND (name_folded % marquee_fold(:q) OR marquee_fold(:q) <% name_folded)
					""");
			params.put("q", query.strip());
		}
		if (profession != null) {
			sql.append("AND :profession = ANY (professions)\n");
			params.put("profession", profession);
		}
		if (cursor != null) {
			sql.append("AND (name, id) > (:afterName, :afterId)\n");
			params.put("afterName", cursor.key(0));
			params.put("afterId", cursor.longKey(1));
		}
		sql.append("ORDER BY name, id LIMIT :limit");
		params.put("limit", size + 1);
		List<PersonSummary> rows = this.jdbc.sql(sql.toString()).params(params).query(PersonDirectory::summary).list();
		return PageView.of(rows, size, (row) -> row, (row) -> Cursor.of(SORT, row.name(), row.id()));
	}

	private static PersonSummary summary(ResultSet rs, int row) throws SQLException {
		return new PersonSummary(rs.getLong("id"), rs.getString("imdb_id"), rs.getString("name"),
				rs.getObject("birth_year", Integer.class), rs.getObject("death_year", Integer.class),
				SqlArrays.strings(rs.getArray("professions")));
	}

}
