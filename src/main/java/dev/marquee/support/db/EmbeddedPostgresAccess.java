package dev.marquee.support.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

import static dev.marquee.support.db.EmbeddedPostgresPasswords.APP_ROLE;
import static dev.marquee.support.db.EmbeddedPostgresPasswords.SUPERUSER;

/**
 * Who may connect to the embedded PostgreSQL, and as what. Every connection, over TCP or
 * the local socket, must give its role's password (SCRAM), so another user of the same
 * host learns nothing from the port in the log. The application connects as
 * {@code marquee}, which owns the {@code postgres} database and everything Flyway made in
 * it, but is no superuser: it cannot read or write files or run programs on the host, nor
 * create roles. The superuser {@code postgres} is used only here, at start-up.
 */
final class EmbeddedPostgresAccess {

	static final String DATABASE = "postgres";

	private static final String PG_HBA = """
			# Written by Marquee at each start of its embedded PostgreSQL: every connection, over TCP or the
			# local socket, must give its role's password (SCRAM). The passwords are in postgres-password (the
			# superuser) and marquee-password (the application's role) in this directory, readable by their
			# owner only.
			# TYPE  DATABASE        USER            ADDRESS                 METHOD
			local   all             all                                     scram-sha-256
			host    all             all             127.0.0.1/32            scram-sha-256
			host    all             all             ::1/128                 scram-sha-256
			local   replication     all                                     scram-sha-256
			host    replication     all             127.0.0.1/32            scram-sha-256
			host    replication     all             ::1/128                 scram-sha-256
			""";

	/**
	 * {@code ALTER … OWNER TO marquee} for what the superuser owns in the public schema:
	 * tables, views, sequences not owned by a column (those follow their table), routines
	 * and types — never what belongs to an extension (pg_trgm, unaccent). Empty once
	 * every object has moved; a data directory from before the application had its own
	 * role yields the whole schema.
	 */
	private static final String OWNERSHIP_TRANSFERS = """
			select format('ALTER %s %s OWNER TO %I', kind, name, ?) from (
			  select case c.relkind when 'S' then 'SEQUENCE' when 'v' then 'VIEW' when 'm' then 'MATERIALIZED VIEW'
			              when 'f' then 'FOREIGN TABLE' when 'c' then 'TYPE' else 'TABLE' end as kind,
			         c.oid::regclass::text as name
			  from pg_class c
			  where c.relnamespace = 'public'::regnamespace and c.relowner = ?::regrole
			    and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f', 'c')
			    and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
			                    and d.deptype in ('a', 'i', 'e'))
			  union all
			  select 'ROUTINE', p.oid::regprocedure::text
			  from pg_proc p
			  where p.pronamespace = 'public'::regnamespace and p.proowner = ?::regrole
			    and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid
			                    and d.deptype = 'e')
			  union all
			  select 'TYPE', t.oid::regtype::text
			  from pg_type t
			  where t.typnamespace = 'public'::regnamespace and t.typowner = ?::regrole and t.typtype in ('e', 'd')
			    and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid
			                    and d.deptype = 'e')
			) as owned""";

	private EmbeddedPostgresAccess() {
	}

	/**
	 * Replaces {@code pg_hba.conf}: passwords for everyone. Runs before the server
	 * starts, or is followed by a reload.
	 */
	static void requirePasswords(Path dataDirectory) {
		try {
			Files.writeString(dataDirectory.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write pg_hba.conf in " + dataDirectory, ex);
		}
	}

	/**
	 * Upgrades a data directory made before the embedded server had passwords, while it
	 * still trusts local connections: gives the superuser its password, saves both
	 * passwords, then requires them and reloads. Each step can be repeated after a crash:
	 * until the files are saved the server still trusts, and afterwards each start
	 * requires the saved passwords.
	 */
	static void upgradeFromTrust(int port, Path dataDirectory, EmbeddedPostgresPasswords passwords) {
		try (Connection connection = connect(port, SUPERUSER, null)) {
			execute(connection, "select format('ALTER ROLE %I PASSWORD %L', ?, ?)", SUPERUSER, passwords.superuser());
			passwords.writeTo(dataDirectory);
			requirePasswords(dataDirectory);
			try (Statement statement = connection.createStatement()) {
				statement.execute("select pg_reload_conf()");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not give the embedded PostgreSQL in " + dataDirectory + " its passwords: " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * Makes sure the application's role exists, is no superuser, has the saved password
	 * and owns the database and what is in it. Runs at every start, in one transaction.
	 */
	static void prepareAppRole(int port, EmbeddedPostgresPasswords passwords) {
		try (Connection connection = connect(port, SUPERUSER, passwords.superuser())) {
			connection.setAutoCommit(false);
			try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
				exists.setString(1, APP_ROLE);
				try (ResultSet result = exists.executeQuery()) {
					if (!result.next()) {
						execute(connection, "select format('CREATE ROLE %I', ?)", APP_ROLE);
					}
				}
			}
			execute(connection, "select format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
					+ "NOREPLICATION NOBYPASSRLS PASSWORD %L', ?, ?)", APP_ROLE, passwords.app());
			execute(connection, "select format('ALTER DATABASE %I OWNER TO %I', ?, ?)", DATABASE, APP_ROLE);
			for (String transfer : query(connection, OWNERSHIP_TRANSFERS, APP_ROLE, SUPERUSER, SUPERUSER, SUPERUSER)) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(transfer);
				}
			}
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not prepare the embedded PostgreSQL's role " + APP_ROLE + ": " + ex.getMessage(), ex);
		}
	}

	static String jdbcUrl(int port) {
		return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
	}

	private static Connection connect(int port, String role, @Nullable String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", role);
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection(jdbcUrl(port), properties);
	}

	/**
	 * Runs the one statement a {@code format(…)} query builds from its arguments, so that
	 * names and passwords are quoted by PostgreSQL itself ({@code %I}, {@code %L}).
	 */
	private static void execute(Connection connection, String formatQuery, String... arguments) throws SQLException {
		for (String statementText : query(connection, formatQuery, arguments)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(statementText);
			}
		}
	}

	private static List<String> query(Connection connection, String sql, String... arguments) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				statement.setString(i + 1, arguments[i]);
			}
			List<String> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					rows.add(result.getString(1));
				}
			}
			return rows;
		}
	}

}
