package dev.marquee.support.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A server started where another Marquee holds the embedded database says so, and what to
 * do, in Spring Boot's start-up failure report instead of a stack trace.
 */
class EmbeddedDatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Stop the other Marquee first, or give this one a data directory of its own "
						+ "(MARQUEE_EMBEDDED_POSTGRES_DATA_DIRECTORY), or point both at one PostgreSQL server "
						+ "(SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD).",
				cause);
	}

}
