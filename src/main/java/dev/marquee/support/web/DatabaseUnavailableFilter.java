package dev.marquee.support.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 {@code service-unavailable} when a filter that runs before Spring MVC — the
 * API key lookup, the idempotency store — cannot reach the database. Without it the
 * failure would reach the servlet container, be logged with its stack trace and answered
 * 500, so every authenticated request would fail that way while the database is down.
 * Failures inside Spring MVC are answered by {@link ApiExceptionHandler} the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ProblemWriter problems;

	DatabaseUnavailableFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!DatabaseFailures.isUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("Database unavailable serving {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS);
			this.problems.write(request, response, ProblemType.SERVICE_UNAVAILABLE, DatabaseFailures.DETAIL, List.of());
		}
	}

}
