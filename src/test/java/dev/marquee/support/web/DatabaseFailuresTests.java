package dev.marquee.support.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What counts as the database being unavailable (503), and what stays a bug (500) or the
 * caller's fault: the cases met by DatabaseFaultTests, by SQLSTATE and by cause.
 */
class DatabaseFailuresTests {

	@Test
	void connectionLostRefusedOrTimedOutIsUnavailable() {
		assertThat(DatabaseFailures.isUnavailable(new SQLException("I/O error", "08006"))).isTrue();
		assertThat(DatabaseFailures.isUnavailable(new SQLException("refused", "08001"))).isTrue();
		assertThat(DatabaseFailures.isUnavailable(new SQLTransientConnectionException("pool timed out"))).isTrue();
		assertThat(DatabaseFailures.isUnavailable(new SQLException("statement timeout", "57014"))).isTrue();
	}

	@Test
	void serverShuttingDownStartingUpOrBusyIsUnavailable() {
		assertThat(DatabaseFailures.isUnavailable(new SQLException("postmaster exit", "57P01"))).isTrue();
		assertThat(DatabaseFailures.isUnavailable(new SQLException("starting up", "57P03"))).isTrue();
		assertThat(DatabaseFailures.isUnavailable(new SQLException("deadlock", "40P01"))).isTrue();
		assertThat(DatabaseFailures.isUnavailable(new SQLException("lock timeout", "55P03"))).isTrue();
		assertThat(DatabaseFailures.isUnavailable(new SQLException("too many", "53300"))).isTrue();
	}

	/**
	 * A rollback after the connection broke meets the pool's closed connection, whose
	 * SQLException has no SQLSTATE; Spring wraps it in a JpaSystemException.
	 */
	@Test
	void rollbackOnAConnectionThePoolClosedIsUnavailable() {
		TransactionException rollback = new TransactionException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed"));

		assertThat(DatabaseFailures.isUnavailable(new JpaSystemException(rollback))).isTrue();
	}

	@Test
	void bugsAndRefusedDataAreNot() {
		assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseFailures.isUnavailable(new TransactionException("Transaction not active"))).isFalse();
		assertThat(DatabaseFailures
			.isUnavailable(new DataIntegrityViolationException("duplicate", new SQLException("unique", "23505"))))
			.isFalse();
		assertThat(DatabaseFailures.isUnavailable(new OptimisticLockingFailureException("stale"))).isFalse();
		assertThat(DatabaseFailures.isUnavailable(null)).isFalse();
	}

}
