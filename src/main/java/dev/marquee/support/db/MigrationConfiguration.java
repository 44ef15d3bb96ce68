package dev.marquee.support.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Migrations may run for minutes on a large catalogue (rewriting a table, building an
 * index over millions of rows), far beyond the JDBC socket timeout that bounds API
 * requests ({@code socketTimeout} in application.yml), which would cut such a migration
 * off and stop the application from starting. Flyway's connections wait without that
 * bound; the pool restores it when they are returned. A migration that needs more than
 * the {@code statement_timeout} lifts it for its own transaction
 * ({@code SET LOCAL statement_timeout = 0}).
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutSocketTimeout() {
		return (configuration) -> configuration.dataSource(new WithoutSocketTimeout(configuration.getDataSource()));
	}

	static final class WithoutSocketTimeout extends DelegatingDataSource {

		WithoutSocketTimeout(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return unbounded(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return unbounded(super.getConnection(username, password));
		}

		private static Connection unbounded(Connection connection) throws SQLException {
			connection.setNetworkTimeout(Runnable::run, 0);
			return connection;
		}

	}

}
