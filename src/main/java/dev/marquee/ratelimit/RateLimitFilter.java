package dev.marquee.ratelimit;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ProblemWriter;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits API requests per client with token buckets (Bucket4j): per IP address without a
 * key, per key with one, with a larger allowance for reader keys and none needed for
 * admin keys. Every limited answer carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} (IETF draft); a client over its
 * limit gets 429 problem+json with {@code Retry-After}. Runs after authentication, so it
 * knows the key. The buckets live where {@code marquee.rate-limit.store} says
 * ({@link Buckets}): in this process by default, where with N instances each counts on
 * its own (the effective limit is N times the configured one), or in PostgreSQL, shared
 * by every instance.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimitProperties properties;

	private final ProblemWriter problemWriter;

	private final Buckets buckets;

	RateLimitFilter(RateLimitProperties properties, ProblemWriter problemWriter, Buckets buckets) {
		this.properties = properties;
		this.problemWriter = problemWriter;
		this.buckets = buckets;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.properties.enabled() || !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Client client = client(request);
		if (client.limit() <= 0) {
			chain.doFilter(request, response);
			return;
		}
		ConsumptionProbe probe = this.buckets.tryConsume(client.key(), client.limit());
		long resetSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForReset()) + 1);
		response.setHeader("RateLimit-Limit", String.valueOf(client.limit()));
		response.setHeader("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
		response.setHeader("RateLimit-Reset", String.valueOf(resetSeconds));
		response.setHeader("RateLimit-Policy", client.limit() + ";w=" + this.properties.window().toSeconds());
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
		response.setHeader("Retry-After", String.valueOf(retryAfter));
		this.problemWriter.write(request, response, ProblemType.TOO_MANY_REQUESTS,
				"This client may send " + client.limit() + " requests every " + this.properties.window().toSeconds()
						+ " seconds; retry in " + retryAfter + " seconds",
				List.of());
	}

	private Client client(HttpServletRequest request) {
		@Nullable Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) {
			boolean admin = authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
			return new Client("key:" + authentication.getName(),
					admin ? this.properties.admin() : this.properties.reader());
		}
		return new Client("ip:" + request.getRemoteAddr(), this.properties.anonymous());
	}

	private record Client(String key, long limit) {
	}

}
