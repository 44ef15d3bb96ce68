package dev.marquee.support.db;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.marquee.MarqueeApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded default, started the way a new user starts Marquee: no datasource
 * configured at all.
 */
class EmbeddedPostgresTests {

	@TempDir
	Path dataDirectory;

	@TempDir
	Path keyDirectory;

	@Test
	void dataSurvivesARestartAndTheDemoFilmIsNotDuplicated() throws Exception {
		try (ConfigurableApplicationContext first = start()) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from film", Integer.class)).isEqualTo(1);
			jdbc.update("update film set plot = 'Edited before the restart' where imdb_id = 'tt3783958'");
		}
		assertThat(Files.isRegularFile(this.dataDirectory.resolve("PG_VERSION"))).isTrue();
		Path keyFile = this.keyDirectory.resolve("admin-key");
		assertThat(Files.readString(keyFile)).as("admin key generated on first start")
			.matches("mq_[A-Za-z0-9_-]{43}\n");
		String generated = Files.readString(keyFile);
		assertThat(Files.exists(this.dataDirectory.resolve("postmaster.pid"))).as("server stopped cleanly").isFalse();

		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from film", Integer.class)).isEqualTo(1);
			assertThat(jdbc.queryForObject("select plot from film where imdb_id = 'tt3783958'", String.class))
				.isEqualTo("Edited before the restart");
			assertThat(jdbc.queryForObject("select count(*) from person where name = 'Damien Chazelle'", Integer.class))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from api_key", Integer.class)).isEqualTo(1);
		}
		assertThat(Files.readString(keyFile)).as("no second key on restart").isEqualTo(generated);
	}

	@Test
	void everyConnectionNeedsItsPasswordAndMarqueeConnectsAsNoSuperuser() throws Exception {
		try (ConfigurableApplicationContext context = start()) {
			int port = context.getBean(EmbeddedPostgres.class).getPort();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

			assertThat(jdbc.queryForMap("select current_user as role, rolsuper, rolcreaterole, rolcreatedb "
					+ "from pg_roles where rolname = current_user"))
				.containsExactlyInAnyOrderEntriesOf(
						Map.of("role", "marquee", "rolsuper", false, "rolcreaterole", false, "rolcreatedb", false));
			assertThatThrownBy(() -> jdbc.execute("copy (select 1) to program 'id'")).rootCause()
				.hasMessageContaining("permission denied to COPY to or from an external program");

			assertThatExceptionOfType(PSQLException.class).isThrownBy(() -> connect(port, "postgres", null))
				.withMessage("The server requested SCRAM-based authentication, but no password was provided.");
			for (String role : List.of("postgres", "marquee", "intruder")) {
				assertThatExceptionOfType(PSQLException.class).isThrownBy(() -> connect(port, role, "guessed"))
					.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("28P01"))
					.withMessage("FATAL: password authentication failed for user \"" + role + "\"");
			}

			for (String role : List.of("postgres", "marquee")) {
				Path file = this.dataDirectory.resolve(role + "-password");
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
				assertThat(Files.readString(file)).matches("[A-Za-z0-9_-]{43}\n");
			}
			try (Connection superuser = connect(port, "postgres", password("postgres"));
					Statement statement = superuser.createStatement();
					ResultSet rules = statement.executeQuery(
							"select string_agg(distinct type || ' ' || auth_method, ', ' order by type || ' ' || "
									+ "auth_method), count(error) from pg_hba_file_rules")) {
				assertThat(rules.next()).isTrue();
				assertThat(rules.getString(1)).isEqualTo("host scram-sha-256, local scram-sha-256");
				assertThat(rules.getInt(2)).as("rules PostgreSQL could not read").isZero();
			}
		}
	}

	@Test
	void aDataDirectoryThatTrustedEveryLocalConnectionIsUpgradedWithItsData() throws Exception {
		// As Marquee left it before the embedded server had passwords: zonky's initdb,
		// which trusts every local connection, migrated by Marquee as the superuser.
		try (EmbeddedPostgres before = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.start();
				ConfigurableApplicationContext app = new SpringApplicationBuilder(MarqueeApplication.class)
					.web(WebApplicationType.NONE)
					.run("--spring.datasource.url=" + before.getJdbcUrl("postgres", "postgres"),
							"--spring.datasource.username=postgres", "--spring.datasource.password=")) {
			app.getBean(JdbcTemplate.class)
				.update("update film set plot = 'Edited before passwords' where imdb_id = 'tt3783958'");
		}
		assertThat(this.dataDirectory.resolve("postgres-password")).doesNotExist();

		try (ConfigurableApplicationContext upgraded = start()) {
			int port = upgraded.getBean(EmbeddedPostgres.class).getPort();
			JdbcTemplate jdbc = upgraded.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select plot from film where imdb_id = 'tt3783958'", String.class))
				.isEqualTo("Edited before passwords");
			assertThat(jdbc.queryForObject("select count(*) from film", Integer.class)).isEqualTo(1);
			assertThat(jdbc.queryForList(
					"select distinct pg_get_userbyid(relowner) from pg_class "
							+ "where relnamespace = 'public'::regnamespace and relkind in ('r', 'p', 'v', 'm', 'S')",
					String.class))
				.containsExactly("marquee");
			assertThat(jdbc.update("update film set plot = 'Edited after' where imdb_id = 'tt3783958'")).isOne();
			assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
				.isFalse();
			assertThatExceptionOfType(PSQLException.class).isThrownBy(() -> connect(port, "postgres", null))
				.withMessage("The server requested SCRAM-based authentication, but no password was provided.");
			connect(port, "postgres", password("postgres")).close();
		}

		try (ConfigurableApplicationContext restarted = start()) {
			assertThat(restarted.getBean(JdbcTemplate.class)
				.queryForObject("select plot from film where imdb_id = 'tt3783958'", String.class))
				.isEqualTo("Edited after");
		}
	}

	@Test
	void noEmbeddedServerStartsWhenADatasourceUrlIsConfigured() throws Exception {
		try (ConfigurableApplicationContext embedded = start()) {
			int port = embedded.getBean(EmbeddedPostgres.class).getPort();
			String url = "jdbc:postgresql://localhost:" + port + "/postgres";
			try (ConfigurableApplicationContext external = new SpringApplicationBuilder(MarqueeApplication.class)
				.web(WebApplicationType.NONE)
				.run("--spring.datasource.url=" + url, "--spring.datasource.username=marquee",
						"--spring.datasource.password=" + password("marquee"))) {
				assertThat(external.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
				assertThat(external.getBean(JdbcTemplate.class)
					.queryForObject("select count(*) from film where imdb_id = 'tt3783958'", Integer.class))
					.isEqualTo(1);
			}
		}
	}

	@Test
	void aFixedPortAnotherServerHoldsIsRefusedRatherThanSharedWithIt() throws Exception {
		try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = other.getLocalPort();
			assertThatThrownBy(() -> new SpringApplicationBuilder(MarqueeApplication.class).web(WebApplicationType.NONE)
				.run("--marquee.embedded-postgres.data-directory=" + this.dataDirectory,
						"--marquee.embedded-postgres.port=" + port))
				.hasStackTraceContaining("Port " + port + " (marquee.embedded-postgres.port) is already in use, "
						+ "perhaps by another Marquee's PostgreSQL: choose another port, or 0 for a free one, or point "
						+ "SPRING_DATASOURCE_URL at that server")
				.rootCause()
				.isInstanceOf(BindException.class);
			assertThat(this.dataDirectory).isEmptyDirectory();
		}
	}

	private String password(String role) throws IOException {
		return Files.readString(this.dataDirectory.resolve(role + "-password")).strip();
	}

	private static Connection connect(int port, String role, @Nullable String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", role);
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(MarqueeApplication.class).web(WebApplicationType.NONE)
			.run("--marquee.embedded-postgres.data-directory=" + this.dataDirectory,
					"--marquee.admin-key.file=" + this.keyDirectory.resolve("admin-key"));
	}

}
