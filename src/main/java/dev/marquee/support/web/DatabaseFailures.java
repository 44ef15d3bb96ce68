package dev.marquee.support.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself — unreachable, not answering in time, shutting
 * down, or too busy (a lock wait timed out, two writes deadlocked) — from a bug. Such a
 * failure is answered 503 {@code service-unavailable} with {@code Retry-After} wherever
 * it is thrown: in a controller, a service, or a filter that runs before Spring MVC (the
 * API key lookup, the idempotency store).
 */
public final class DatabaseFailures {

	/**
	 * The detail of the 503 problem.
	 */
	static final String DETAIL = "The database did not answer in time; nothing was changed. Retry in a few seconds.";

	/**
	 * The Retry-After of the 503: about the time a restarted database and the pool need
	 * to be back.
	 */
	static final String RETRY_AFTER_SECONDS = "5";

	private DatabaseFailures() {
	}

	/**
	 * Whether this exception, or one of its causes, says the database could not serve the
	 * request for now.
	 */
	public static boolean isUnavailable(@Nullable Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof QueryTimeoutException || cause instanceof PessimisticLockingFailureException
					|| cause instanceof jakarta.persistence.QueryTimeoutException
					|| cause instanceof jakarta.persistence.PessimisticLockException
					|| cause instanceof jakarta.persistence.LockTimeoutException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && isUnavailableState(sql.getSQLState())) {
				return true;
			}
			if (cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
				// Begin, commit or rollback failed on the JDBC connection: it broke (the
				// pool may already have closed it, which leaves no SQLSTATE to go by).
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * PostgreSQL's SQLSTATEs for a server that cannot serve now: class 08 (connection
	 * lost or refused), 57014 (statement_timeout), 57P01-57P03 (shutting down, crashed,
	 * starting up), 55P03 (lock_timeout), 40P01 (deadlock), 53300 (too many connections).
	 */
	private static boolean isUnavailableState(@Nullable String state) {
		if (state == null) {
			return false;
		}
		return state.startsWith("08") || state.equals("57014") || state.startsWith("57P") || state.equals("55P03")
				|| state.equals("40P01") || state.equals("53300");
	}

}
