package dev.marquee.security;

import java.io.IOException;

import dev.marquee.apikey.ApiKeys;
import dev.marquee.apikey.AuthenticatedKey;
import dev.marquee.apikey.RejectedApiKeyException;
import dev.marquee.ratelimit.FailedAuthentications;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <key>}. A request without the header goes on
 * anonymously (reads are public); one whose credential cannot be accepted — not Bearer,
 * not a key's form, unknown, revoked — is answered 401 at once, whatever it asked for: a
 * client that sends a bad key should learn so, not be served as anonymous. An address
 * with too many refused credentials gets 429 before its next key is looked up
 * ({@link FailedAuthentications}).
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	private final ApiKeys keys;

	private final AuthenticationEntryPoint entryPoint;

	private final FailedAuthentications failures;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiKeyAuthenticationFilter(ApiKeys keys, AuthenticationEntryPoint entryPoint, FailedAuthentications failures) {
		this.keys = keys;
		this.entryPoint = entryPoint;
		this.failures = failures;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		@Nullable String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		if (this.failures.refuseIfExhausted(request, response)) {
			return;
		}
		AuthenticatedKey key;
		try {
			key = this.keys.authenticate(token(header));
		}
		catch (RejectedApiKeyException ex) {
			this.failures.recordFailure(request);
			this.contexts.clearContext();
			this.entryPoint.commence(request, response, ex);
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new ApiKeyAuthentication(key));
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

	private static String token(String header) {
		if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			throw RejectedApiKeyException.notBearer();
		}
		return header.substring(BEARER.length()).strip();
	}

}
