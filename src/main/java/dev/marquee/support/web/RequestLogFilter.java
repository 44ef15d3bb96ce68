package dev.marquee.support.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request — method, path, status, milliseconds — written inside
 * {@link CorrelationIdFilter}, so it carries the request's correlation id. The query
 * string and headers are left out: they may hold what a caller would not want logged.
 * Silence it with {@code logging.level.dev.marquee.request=warn}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestLogFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger("dev.marquee.request");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			if (logger.isInfoEnabled()) {
				int status = failed ? 500 : response.getStatus();
				logger.info("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), status,
						(System.nanoTime() - start) / 1_000_000);
			}
		}
	}

}
