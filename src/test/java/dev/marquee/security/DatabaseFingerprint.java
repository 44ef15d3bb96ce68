package dev.marquee.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A checksum of every table's rows (row count and an order-independent sum of row
 * hashes), to prove that refused requests changed nothing. An API key's
 * {@code last_used_at} is left out: authenticating a key marks it used, refused request
 * or not, and says nothing about the data.
 */
final class DatabaseFingerprint {

	private static final Map<String, String> ROW_EXPRESSIONS = Map.of("api_key",
			"(t.id, t.name, t.role, t.key_hash, t.revoked_at, t.version)::text");

	private final JdbcTemplate jdbc;

	DatabaseFingerprint(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, String> take() {
		List<String> tables = this.jdbc.queryForList("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
				  AND table_name <> 'flyway_schema_history'
				ORDER BY table_name""", String.class);
		StringBuilder sql = new StringBuilder();
		for (String table : tables) {
			if (!sql.isEmpty()) {
				sql.append(" UNION ALL ");
			}
			String row = ROW_EXPRESSIONS.getOrDefault(table, "t::text");
			sql.append("SELECT '%1$s', count(*) || ':' || coalesce(sum(hashtext(%2$s)::bigint), 0) FROM \"%1$s\" t"
				.formatted(table, row));
		}
		Map<String, String> fingerprint = new TreeMap<>();
		this.jdbc.query(sql.toString(), (rs) -> {
			fingerprint.put(rs.getString(1), rs.getString(2));
		});
		return fingerprint;
	}

	/**
	 * The tables whose fingerprint differs.
	 */
	static Map<String, String> differences(Map<String, String> before, Map<String, String> after) {
		Map<String, String> changed = new LinkedHashMap<>();
		after.forEach((table, print) -> {
			if (!print.equals(before.get(table))) {
				changed.put(table, before.get(table) + " -> " + print);
			}
		});
		return changed;
	}

}
