package dev.marquee.support.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the database files live; kept across restarts
 * @param port the port to listen on; 0 picks a free one at each start
 */
@ConfigurationProperties("marquee.embedded-postgres")
record EmbeddedPostgresProperties(@DefaultValue("./data/postgres") Path dataDirectory, @DefaultValue("0") int port) {

	Path normalizedDataDirectory() {
		return this.dataDirectory.toAbsolutePath().normalize();
	}

}
