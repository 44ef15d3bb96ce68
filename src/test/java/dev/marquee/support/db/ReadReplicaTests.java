package dev.marquee.support.db;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.marquee.MarqueeTest;
import dev.marquee.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Read/write routing with a "replica" that is the test database itself, reached under
 * another application_name, so each connection tells which pool it came from. Not being a
 * standby, the replica is found unusable by the check: reads fall back to the primary and
 * readiness says DEGRADED. With reads sent to it, read-only work goes there and
 * everything else — writes, admin requests, requests that write — to the primary. The
 * fault tests do the same against a real streaming replica.
 */
@MarqueeTest
class ReadReplicaTests {

	@DynamicPropertySource
	static void replica(DynamicPropertyRegistry registry) {
		String url = TestDatabase.shared().url();
		registry.add("marquee.datasource.read-replica.url",
				() -> url + (url.contains("?") ? "&" : "?") + "ApplicationName=marquee-replica");
		registry.add("spring.datasource.hikari.data-source-properties.ApplicationName", () -> "marquee-primary");
		// one check at start, so a test can send reads to the replica without the next
		// check taking them back
		registry.add("marquee.datasource.read-replica.check-interval", () -> "1h");
	}

	@Autowired
	ReadReplica readReplica;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MeterRegistry meters;

	@Autowired
	MockMvc mvc;

	@Autowired
	Reads reads;

	@AfterEach
	void checkAgain() {
		SecurityContextHolder.clearContext();
		RequestContextHolder.resetRequestAttributes();
		this.readReplica.check();
	}

	@Test
	void aServerThatIsNoStandbyServesNoReadsAndReadinessSaysSo() throws Exception {
		await().until(() -> this.readReplica.state() != ReadReplica.State.STARTING);
		assertThat(this.readReplica.state()).isEqualTo(ReadReplica.State.DOWN);
		assertThat(readOnly()).isEqualTo("marquee-primary");
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"DEGRADED\"}", true));
		assertThat(this.meters.get("marquee.db.replica.reads").gauge().value()).isZero();
		assertThat(this.meters.get("marquee.db.replica.lag").gauge().value()).isNaN();
	}

	@Test
	void readOnlyWorkGoesToTheReplicaEverythingElseToThePrimary() throws Exception {
		this.readReplica.change(ReadReplica.State.REPLICA, 0, "test");
		assertThat(readOnly()).isEqualTo("marquee-replica");
		assertThat(readOnlyScope()).isEqualTo("marquee-replica");
		assertThat(readWrite()).isEqualTo("marquee-primary");
		assertThat(this.jdbc.sql("select current_setting('application_name')").query(String.class).single())
			.isEqualTo("marquee-primary");
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\"}", true));
		assertThat(this.meters.get("marquee.db.replica.reads").gauge().value()).isOne();
	}

	@Test
	void anAdminReadsItsOwnWritesOnThePrimary() {
		this.readReplica.change(ReadReplica.State.REPLICA, 0, "test");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		assertThat(readOnly()).isEqualTo("marquee-primary");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("reader", null,
					List.of(new SimpleGrantedAuthority("ROLE_READER"))));
		assertThat(readOnly()).isEqualTo("marquee-replica");
	}

	@Test
	void aRequestThatWritesReadsOnThePrimary() {
		this.readReplica.change(ReadReplica.State.REPLICA, 0, "test");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("PUT", "/")));
		assertThat(readOnly()).isEqualTo("marquee-primary");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("GET", "/")));
		assertThat(readOnly()).isEqualTo("marquee-replica");
	}

	@Test
	void aReadThatBreaksOnTheReplicaRunsAgainOnThePrimary() {
		this.reads.reset();
		this.readReplica.change(ReadReplica.State.REPLICA, 0, "test");

		assertThat(this.reads.breakingOnTheReplica()).isEqualTo(List.of("marquee-replica 1", "marquee-primary 2"));
		assertThat(this.readReplica.state()).isEqualTo(ReadReplica.State.DOWN);
	}

	/**
	 * The application's reads are mostly package-private methods in read-only scopes
	 * without a transaction of their own (the title page, the listings, the credits):
	 * they are run again too.
	 */
	@Test
	void aPackagePrivateReadOnlyScopeThatBreaksOnTheReplicaRunsAgainOnThePrimary() {
		this.reads.reset();
		this.readReplica.change(ReadReplica.State.REPLICA, 0, "test");

		assertThat(this.reads.breakingOnTheReplicaInAScope())
			.isEqualTo(List.of("marquee-replica 1", "marquee-primary 2"));
		assertThat(this.readReplica.state()).isEqualTo(ReadReplica.State.DOWN);
	}

	@Test
	void aReadThatFailsOtherwiseIsNotRunAgain() {
		this.reads.reset();
		this.readReplica.change(ReadReplica.State.REPLICA, 0, "test");

		assertThatExceptionOfType(BadSqlGrammarException.class).isThrownBy(this.reads::failingOnTheReplica)
			.withMessageContaining("no_such_table");
		assertThat(this.reads.calls()).isOne();
		assertThat(this.readReplica.state()).isEqualTo(ReadReplica.State.REPLICA);
	}

	@Test
	void aLaggingReplicaServesNoReads() {
		this.readReplica.change(ReadReplica.State.LAGGING, 30, "test");
		assertThat(readOnly()).isEqualTo("marquee-primary");
	}

	@Test
	void lagIsTheAgeOfTheOldestPrimaryPositionNotReplayed() {
		ReadReplica lags = new ReadReplica(new HikariDataSource(), new HikariDataSource(), properties(),
				Clock.systemUTC(), false);
		Instant start = Instant.parse("2026-01-01T00:00:00Z");
		assertThat(lags.lag(start, 100, 100)).isZero();
		assertThat(lags.lag(start.plusSeconds(1), 200, 100)).isZero();
		assertThat(lags.lag(start.plusSeconds(2), 300, 150)).isEqualTo(1.0);
		assertThat(lags.lag(start.plusSeconds(4), 300, 250)).isEqualTo(2.0);
		assertThat(lags.lag(start.plusSeconds(5), 300, 300)).isZero();
		assertThat(ReadReplica.lsn("16/B374D848")).isEqualTo((0x16L << 32) | 0xB374D848L);
	}

	private static ReadReplicaProperties properties() {
		return new ReadReplicaProperties("jdbc:postgresql://127.0.0.1/none", null, null, Duration.ofSeconds(5),
				Duration.ofSeconds(1), Duration.ofSeconds(1));
	}

	private String readOnly() {
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		template.setReadOnly(true);
		return template.execute((status) -> applicationName());
	}

	private String readOnlyScope() {
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		template.setReadOnly(true);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
		return template.execute((status) -> applicationName());
	}

	private String readWrite() {
		return new TransactionTemplate(this.transactions).execute((status) -> applicationName());
	}

	private String applicationName() {
		return this.jdbc.sql("select current_setting('application_name')").query(String.class).single();
	}

	@TestConfiguration
	static class ReadsConfiguration {

		@Bean
		Reads reads(JdbcClient jdbc) {
			return new Reads(jdbc);
		}

	}

	/**
	 * Read-only work that goes wrong on the replica the first time it runs.
	 */
	static class Reads {

		private final JdbcClient jdbc;

		private final AtomicInteger calls = new AtomicInteger();

		private final List<String> seen = new CopyOnWriteArrayList<>();

		Reads(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		int calls() {
			return this.calls.get();
		}

		void reset() {
			this.calls.set(0);
			this.seen.clear();
		}

		/**
		 * Its first run loses its replica connection, as when the replica stops: the
		 * server ends the session.
		 */
		@Transactional(readOnly = true)
		public List<String> breakingOnTheReplica() {
			String server = this.jdbc.sql("select current_setting('application_name')").query(String.class).single();
			this.seen.add(server + " " + this.calls.incrementAndGet());
			if (this.calls.get() == 1) {
				this.jdbc.sql("select pg_terminate_backend(pg_backend_pid())").query().singleValue();
			}
			return List.copyOf(this.seen);
		}

		@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
		List<String> breakingOnTheReplicaInAScope() {
			return breakingOnTheReplica();
		}

		@Transactional(readOnly = true)
		public void failingOnTheReplica() {
			this.calls.incrementAndGet();
			this.jdbc.sql("select * from no_such_table").query().singleValue();
		}

	}

}
