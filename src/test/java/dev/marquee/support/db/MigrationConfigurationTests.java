package dev.marquee.support.db;

import java.sql.Connection;

import javax.sql.DataSource;

import dev.marquee.MarqueeTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway migrates without the socket timeout that bounds API requests, and the pool's
 * connections keep it.
 */
@MarqueeTest
class MigrationConfigurationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	DataSource dataSource;

	@Test
	void migrationsWaitWithoutTheRequestsSocketTimeoutWhichThePoolKeeps() throws Exception {
		int requests;
		try (Connection connection = this.dataSource.getConnection()) {
			requests = connection.getNetworkTimeout();
		}
		try (Connection migration = this.flyway.getConfiguration().getDataSource().getConnection()) {
			assertThat(migration.getNetworkTimeout()).isZero();
		}
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getNetworkTimeout()).isEqualTo(requests).isEqualTo(15_000);
		}
	}

}
