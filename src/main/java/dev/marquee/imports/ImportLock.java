package dev.marquee.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The lock that keeps imports one at a time per database: a session advisory lock, held
 * by a connection of its own for as long as the import runs, and released when the
 * connection closes, or by PostgreSQL when the process holding it dies (even by kill -9).
 * The import runs on that connection, without the statement and socket timeouts meant for
 * API requests: a merge of millions of rows may take minutes.
 */
public final class ImportLock implements AutoCloseable {

	/**
	 * Arbitrary but fixed: the key of the advisory lock, the same for the command line
	 * and HTTP jobs (search waits for it to be released before rebuilding its index).
	 */
	public static final long KEY = 0x4d61727175656502L;

	private final Connection connection;

	private ImportLock(Connection connection) {
		this.connection = connection;
	}

	static ImportLock take(DataSource dataSource) throws SQLException {
		Connection connection = dataSource.getConnection();
		boolean locked;
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
			result.next();
			locked = result.getBoolean(1);
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
		if (!locked) {
			connection.close();
			throw new ImportBusyException();
		}
		ImportLock lock = new ImportLock(connection);
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET statement_timeout = 0");
			connection.setNetworkTimeout(Runnable::run, 0);
			return lock;
		}
		catch (SQLException | RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	Connection connection() {
		return this.connection;
	}

	/**
	 * Releases the lock and hands the connection back. When that fails (the database or
	 * the connection broke), the connection is aborted rather than pooled, so that its
	 * session, and the lock with it, cannot outlive the import.
	 */
	@Override
	public void close() throws SQLException {
		if (this.connection.isClosed()) {
			return;
		}
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("RESET statement_timeout");
			statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException ex) {
			this.connection.abort(Runnable::run);
			return;
		}
		this.connection.close();
	}

}
