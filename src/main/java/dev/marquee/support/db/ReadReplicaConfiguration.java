package dev.marquee.support.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.StringUtils;

/**
 * Read/write routing, on when {@code marquee.datasource.read-replica.url}
 * ({@code MARQUEE_READ_REPLICA_URL}) is set: the application's one {@link DataSource} is
 * Spring's {@link LazyConnectionDataSourceProxy} over the primary, whose read-only data
 * source is {@link ReadReplica#reads()}. A read-only transaction
 * ({@code @Transactional(readOnly = true)}) takes its connection there, and so does a
 * read-only scope without a transaction of its own
 * ({@code @Transactional(readOnly = true, propagation = SUPPORTS)}: a single statement,
 * no BEGIN/COMMIT). Everything else — writes, Flyway, locks, the health check — uses the
 * primary. Both pools take the {@code spring.datasource.hikari.*} settings.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReadReplicaUrlCondition.class)
@EnableConfigurationProperties(ReadReplicaProperties.class)
class ReadReplicaConfiguration {

	@Bean(destroyMethod = "close")
	ReadReplica readReplica(DataSourceProperties primaryProperties, ReadReplicaProperties properties,
			Environment environment, ObjectProvider<MeterRegistry> meters) {
		if (!StringUtils.hasText(primaryProperties.getUrl())) {
			throw new IllegalStateException("marquee.datasource.read-replica.url (MARQUEE_READ_REPLICA_URL) needs "
					+ "the primary's spring.datasource.url (SPRING_DATASOURCE_URL) too: the embedded database has no "
					+ "replica");
		}
		Binder binder = Binder.get(environment);
		HikariDataSource primary = primaryProperties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		binder.bind("spring.datasource.hikari", Bindable.ofInstance(primary));
		primary.setPoolName("marquee-primary");
		HikariDataSource replica = new HikariDataSource();
		binder.bind("spring.datasource.hikari", Bindable.ofInstance(replica));
		replica.setJdbcUrl(properties.url());
		replica.setUsername(StringUtils.hasText(properties.username()) ? properties.username()
				: primaryProperties.determineUsername());
		replica.setPassword(StringUtils.hasText(properties.password()) ? properties.password()
				: primaryProperties.determinePassword());
		replica.setConnectionTimeout(properties.connectionTimeout().toMillis());
		replica.setValidationTimeout(
				Math.min(replica.getValidationTimeout(), properties.connectionTimeout().toMillis() / 2));
		replica.setReadOnly(true);
		replica.setPoolName("marquee-replica");
		// a replica that is down at start must not stop the application: reads use the
		// primary until a check finds it
		replica.setInitializationFailTimeout(-1);
		ReadReplica readReplica = new ReadReplica(primary, replica, properties, Clock.systemUTC(), true);
		meters.ifAvailable((registry) -> {
			Gauge.builder("marquee.db.replica.lag", readReplica, ReadReplica::lagSeconds)
				.description("How far the read replica lags behind the primary; NaN while it cannot be reached")
				.baseUnit("seconds")
				.register(registry);
			Gauge.builder("marquee.db.replica.reads", readReplica, ReadReplica::servingReads)
				.description("1 while read-only work goes to the read replica, 0 while it goes to the primary")
				.register(registry);
		});
		return readReplica;
	}

	/**
	 * Reads that break on the replica run again on the primary
	 * ({@link ReplicaReadRetry}).
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor replicaReadRetry() {
		return ReplicaReadRetry.advisor();
	}

	@Bean
	@Primary
	DataSource dataSource(ReadReplica readReplica) {
		LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(readReplica.primary());
		routing.setReadOnlyDataSource(readReplica.reads());
		return new ReadOnlyScopes(routing, readReplica.reads());
	}

	/**
	 * A connection taken in a read-only scope that has no transaction of its own comes
	 * from the read side; every other one from the lazy proxy, which tells read-only
	 * transactions from the rest.
	 */
	static final class ReadOnlyScopes extends DelegatingDataSource {

		private final DataSource reads;

		ReadOnlyScopes(DataSource routing, DataSource reads) {
			super(routing);
			this.reads = reads;
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()
					&& !TransactionSynchronizationManager.isActualTransactionActive()) {
				return this.reads.getConnection();
			}
			return super.getConnection();
		}

	}

}
