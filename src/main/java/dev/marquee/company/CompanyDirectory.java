package dev.marquee.company;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import dev.marquee.support.web.Versioned;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads companies for the company endpoints: one by either id, or a page in name order,
 * optionally kept to the names matching a query the way people's are matched.
 */
@Service
@Transactional(readOnly = true)
class CompanyDirectory {

	static final String SORT = "name";

	private final CompanyRepository repository;

	private final JdbcClient jdbc;

	CompanyDirectory(CompanyRepository repository, JdbcClient jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	Versioned<CompanyView> read(ResourceId id) {
		Company company = find(this.repository, id);
		return new Versioned<>(company.toView(), company.getVersion());
	}

	static Company find(CompanyRepository repository, ResourceId id) {
		return ((id.imdbId() != null) ? repository.findByImdbId(id.imdbId()) : repository.findById(id.id()))
			.orElseThrow(() -> CompanyNotFoundException.forId(id));
	}

	/**
	 * A page of companies ordered by name, then id; the name query filters (case- and
	 * accent-folded trigram similarity, forgiving typos), it does not reorder.
	 */
	PageView<CompanyRef> list(@Nullable String query, int size, @Nullable String after) {
		Cursor cursor = Cursor.decode(after, SORT, 2);
		StringBuilder sql = new StringBuilder("SELECT id, imdb_id, name, country FROM company WHERE true\n");
		Map<String, Object> params = new HashMap<>();
		if (query != null) {
			sql.append("AND (marquee_fold(name) % marquee_fold(:q) OR marquee_fold(:q) <% marquee_fold(name))\n");
			params.put("q", query.strip());
		}
		if (cursor != null) {
			sql.append("AND (name, id) > (:afterName, :afterId)\n");
			params.put("afterName", cursor.key(0));
			params.put("afterId", cursor.longKey(1));
		}
		sql.append("ORDER BY name, id LIMIT :limit");
		params.put("limit", size + 1);
		List<CompanyRef> rows = this.jdbc.sql(sql.toString()).params(params).query((rs, row) -> ref(rs, "")).list();
		return PageView.of(rows, size, (row) -> row, (row) -> Cursor.of(SORT, row.name(), row.id()));
	}

	/**
	 * The company the result set is at, its columns named with the given prefix: the one
	 * mapping of a company to {@link CompanyRef} in SQL.
	 */
	static CompanyRef ref(ResultSet rs, String prefix) throws SQLException {
		return new CompanyRef(rs.getLong(prefix + "id"), rs.getString(prefix + "imdb_id"),
				rs.getString(prefix + "name"), rs.getString(prefix + "country"));
	}

}
