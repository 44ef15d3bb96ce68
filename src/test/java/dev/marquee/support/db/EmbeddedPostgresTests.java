package dev.marquee.support.db;

import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.marquee.MarqueeApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
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
	void noEmbeddedServerStartsWhenADatasourceUrlIsConfigured() {
		try (ConfigurableApplicationContext embedded = start()) {
			int port = embedded.getBean(EmbeddedPostgres.class).getPort();
			String url = "jdbc:postgresql://localhost:" + port + "/postgres";
			try (ConfigurableApplicationContext external = new SpringApplicationBuilder(MarqueeApplication.class)
				.web(WebApplicationType.NONE)
				.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
						"--spring.datasource.password=postgres")) {
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

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(MarqueeApplication.class).web(WebApplicationType.NONE)
			.run("--marquee.embedded-postgres.data-directory=" + this.dataDirectory,
					"--marquee.admin-key.file=" + this.keyDirectory.resolve("admin-key"));
	}

}
