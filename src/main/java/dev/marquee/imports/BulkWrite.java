package dev.marquee.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bulk write into some tables: their secondary indexes and foreign keys are dropped,
 * the rows written, then the indexes built again and the keys added again, all in the
 * caller's transaction. Building an index once over all rows costs a fraction of
 * maintaining it row by row, and adding a foreign key checks every row in one set-based
 * query instead of one trigger call per row. The definitions are read from the catalog
 * ({@code pg_get_indexdef}, {@code pg_get_constraintdef}) before they are dropped, so
 * they are restored exactly as the migrations made them, and PostgreSQL's transactional
 * DDL rolls the drops back with everything else when the import fails or is killed.
 * <p>
 * The transaction records nothing in the search outbox (its triggers on the tables are
 * disabled until {@link #restore()}) and sets a new search epoch, so every instance
 * rebuilds its search index from the tables once it commits.
 * <p>
 * Unique indexes stay, and the primary keys that foreign keys point at: the upserts rely
 * on them, and they keep every written row unique as it is written. A primary key no
 * foreign key points at (the credits' and the alternate titles') is dropped and added
 * again like an index: its table's merge inserts millions of rows, each maintaining the
 * key's index, and touches by id only the few rows it updates or deletes (5.6 million
 * crew credits took 13.8 s inserted with the key, against 8.7 s without it and 2.7 s to
 * add it). The drops take ACCESS EXCLUSIVE locks, so readers of those tables wait until
 * the transaction commits.
 * <p>
 * Dropping a foreign key locks the table it points at as well (its triggers go with the
 * key), and readers lock a film before its credits: an import that held
 * {@code cast_credit} and waited for {@code film} while a reader held {@code film} and
 * waited for {@code cast_credit} would deadlock. So every lock the drops need is taken
 * first, all at once, in tries shorter than PostgreSQL's deadlock timeout: a try that
 * cannot have them all lets go of those it got, and the import waits and tries again. A
 * reader is never part of a deadlock with an import; at worst it waits one try's length.
 */
final class BulkWrite {

	private static final Logger logger = LoggerFactory.getLogger(BulkWrite.class);

	/** One try to take the locks: well below PostgreSQL's default deadlock_timeout. */
	private static final Duration LOCK_TRY = Duration.ofMillis(200);

	/** The pause between two tries, in which readers waiting behind the try go on. */
	private static final Duration LOCK_PAUSE = Duration.ofMillis(300);

	private final Connection connection;

	private final List<String> tables;

	private final List<String> indexes;

	private final List<String> foreignKeys;

	private final List<String> outboxTriggerEnables;

	private BulkWrite(Connection connection, List<String> tables, List<String> indexes, List<String> foreignKeys,
			List<String> outboxTriggerEnables) {
		this.connection = connection;
		this.tables = tables;
		this.indexes = indexes;
		this.foreignKeys = foreignKeys;
		this.outboxTriggerEnables = outboxTriggerEnables;
	}

	/**
	 * Drops the secondary indexes and foreign keys of the tables, remembering their
	 * definitions for {@link #restore()}.
	 */
	static BulkWrite start(Connection connection, List<String> tables) throws SQLException {
		String[] names = tables.toArray(String[]::new);
		List<String> drops = new ArrayList<>();
		List<String> indexes = new ArrayList<>();
		List<String> foreignKeys = new ArrayList<>();
		Set<String> locked = new LinkedHashSet<>(tables);
		// Indexes that back no constraint and enforce no uniqueness.
		eachRow(connection, """
				SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
				FROM pg_index i
				WHERE i.indrelid = ANY (?::regclass[]) AND NOT i.indisunique AND NOT i.indisprimary
				    AND NOT EXISTS (SELECT 1 FROM pg_constraint c
				                    WHERE c.conrelid = i.indrelid AND c.conindid = i.indexrelid)
				ORDER BY 1""", names, (rows) -> {
			drops.add("DROP INDEX " + rows.getString(1));
			indexes.add(rows.getString(2));
		});
		// The primary keys that no foreign key points at (the credits' and alternate
		// titles'): their merges insert millions of rows and find the few they update
		// or delete by id, as the other indexes' merges do by film.
		eachRow(connection, """
				SELECT c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid)
				FROM pg_constraint c
				WHERE c.contype = 'p' AND c.conrelid = ANY (?::regclass[])
				    AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = c.conrelid)
				ORDER BY 1, 2""", names, (rows) -> {
			drops.add("ALTER TABLE " + rows.getString(1) + " DROP CONSTRAINT " + rows.getString(2));
			indexes.add("ALTER TABLE " + rows.getString(1) + " ADD CONSTRAINT " + rows.getString(2) + " "
					+ rows.getString(3));
		});
		eachRow(connection, """
				SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid),
				    confrelid::regclass::text
				FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY (?::regclass[])
				ORDER BY 1, 2""", names, (rows) -> {
			drops.add("ALTER TABLE " + rows.getString(1) + " DROP CONSTRAINT " + rows.getString(2));
			foreignKeys.add("ALTER TABLE " + rows.getString(1) + " ADD CONSTRAINT " + rows.getString(2) + " "
					+ rows.getString(3));
			locked.add(rows.getString(4));
		});
		// The search outbox's triggers read the statement's rows from transition tables,
		// which PostgreSQL fills with every row written even when the outbox is off
		// (below): disabled, they collect nothing. Each is enabled again as it was
		// (ALWAYS and REPLICA triggers fire in other sessions than plain ones).
		List<String> disables = new ArrayList<>();
		List<String> enables = new ArrayList<>();
		eachRow(connection, """
				SELECT t.tgrelid::regclass::text, quote_ident(t.tgname),
				    CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE' END
				FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
				WHERE t.tgrelid = ANY (?::regclass[]) AND NOT t.tgisinternal AND t.tgenabled <> 'D'
				    AND p.proname LIKE 'search\\_outbox\\_%'
				ORDER BY 1, 2""", names, (rows) -> {
			disables.add("ALTER TABLE " + rows.getString(1) + " DISABLE TRIGGER " + rows.getString(2));
			enables.add("ALTER TABLE " + rows.getString(1) + " " + rows.getString(3) + " TRIGGER " + rows.getString(2));
		});
		lock(connection, List.copyOf(locked));
		try (Statement statement = connection.createStatement()) {
			for (String drop : drops) {
				statement.execute(drop);
			}
			for (String disable : disables) {
				statement.execute(disable);
			}
			// Millions of rows are no news for the search outbox: every search index
			// is told to rebuild from the tables instead (V200__search_outbox.sql).
			statement.execute("SELECT set_config('marquee.search_outbox', 'off', true)");
			statement.execute("UPDATE search_state SET epoch = gen_random_uuid()");
		}
		return new BulkWrite(connection, List.copyOf(tables), indexes, foreignKeys, enables);
	}

	/**
	 * Runs a catalog query over the tables (its one parameter, their names) and hands
	 * each row to {@code row}.
	 */
	private static void eachRow(Connection connection, String sql, String[] tables, CatalogRow row)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setArray(1, connection.createArrayOf("text", tables));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					row.accept(rows);
				}
			}
		}
	}

	@FunctionalInterface
	private interface CatalogRow {

		void accept(ResultSet row) throws SQLException;

	}

	/**
	 * Takes ACCESS EXCLUSIVE locks on the tables, all or none per try (see the class
	 * comment). Waits as long as readers hold them, like any lock wait, and says so in
	 * the log every half minute.
	 */
	private static void lock(Connection connection, List<String> tables) throws SQLException {
		String lockTables = "LOCK TABLE " + String.join(", ", tables) + " IN ACCESS EXCLUSIVE MODE";
		long started = System.nanoTime();
		long told = started;
		try (Statement statement = connection.createStatement()) {
			String timeout;
			try (ResultSet rows = statement.executeQuery("SELECT current_setting('lock_timeout')")) {
				rows.next();
				timeout = rows.getString(1);
			}
			while (true) {
				Savepoint beforeTry = connection.setSavepoint();
				try {
					statement.execute("SET LOCAL lock_timeout = '" + LOCK_TRY.toMillis() + "ms'");
					statement.execute(lockTables);
					try (PreparedStatement reset = connection
						.prepareStatement("SELECT set_config('lock_timeout', ?, true)")) {
						reset.setString(1, timeout);
						reset.execute();
					}
					connection.releaseSavepoint(beforeTry);
					return;
				}
				catch (SQLException ex) {
					if (!"55P03".equals(ex.getSQLState())) {
						throw ex;
					}
					// Lets go of the locks this try got, and of its lock_timeout.
					connection.rollback(beforeTry);
				}
				long now = System.nanoTime();
				if (now - told > Duration.ofSeconds(30).toNanos()) {
					told = now;
					logger.info("The bulk write has waited {} s for readers of {} to let go",
							Duration.ofNanos(now - started).toSeconds(), String.join(", ", tables));
				}
				try {
					Thread.sleep(LOCK_PAUSE.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new SQLException("Interrupted while waiting to lock " + String.join(", ", tables), ex);
				}
			}
		}
	}

	List<String> tables() {
		return this.tables;
	}

	int indexes() {
		return this.indexes.size();
	}

	int foreignKeys() {
		return this.foreignKeys.size();
	}

	/**
	 * Builds the indexes again, adds the foreign keys again (each checked over all rows
	 * in one query) and refreshes the tables' statistics, expression indexes' included.
	 */
	void restore() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
			for (String index : this.indexes) {
				statement.execute(index);
			}
			for (String foreignKey : this.foreignKeys) {
				statement.execute(foreignKey);
			}
			for (String enable : this.outboxTriggerEnables) {
				statement.execute(enable);
			}
			statement.execute("ANALYZE " + String.join(", ", this.tables));
		}
	}

}
