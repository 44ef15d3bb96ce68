package dev.marquee.support.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the caller's {@code X-Request-Id} when it is a
 * sane token, else a new UUID. The id goes into the log lines of the request (MDC key
 * {@code correlationId}), back to the caller in {@code X-Request-Id}, and into every
 * problem body, so a reported error can be found in the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "correlationId";

	private static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (request.getAttribute(ATTRIBUTE) instanceof String existing) ? existing
				: chooseId(request.getHeader(HEADER));
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	static String chooseId(@Nullable String offered) {
		return (offered != null && SAFE_ID.matcher(offered).matches()) ? offered : UUID.randomUUID().toString();
	}

	/**
	 * The correlation id of the request this thread is serving, or {@code null} outside a
	 * request.
	 */
	public static @Nullable String currentId() {
		return MDC.get(MDC_KEY);
	}

}
