package dev.marquee.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.regex.Pattern;

import dev.marquee.apikey.AuthenticatedKey;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on every POST of the API. The first request with a key
 * claims it (per API key) and runs; its answer — status, Location, ETag, Content-Type,
 * Cache-Control and body — is stored and replayed, with
 * {@code Idempotent-Replayed: true}, to every later request with the same key and the
 * same method, path, query and body. The same key with another request: 422
 * {@code idempotency-key-reused}. The same request while the first is still running: 409
 * {@code idempotency-key-in-progress}, so concurrent retries never act twice. A first
 * request that fails on the server (5xx) releases its key, so it can be retried; answers
 * are kept for {@code marquee.idempotency.retention} (24 hours).
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7e]{1,255}");

	private static final String BEARER = "bearer ";

	private final IdempotencyStore store;

	private final ProblemWriter problems;

	IdempotencyFilter(IdempotencyStore store, ProblemWriter problems) {
		this.store = store;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		AuthenticatedKey caller = caller();
		String apiKey = bearerToken(request);
		if (caller == null || apiKey == null) {
			// Only possible where POST needs no key; nothing to scope the key to.
			chain.doFilter(request, response);
			return;
		}
		if (!WELL_FORMED.matcher(key).matches()) {
			this.problems.write(request, response, ProblemType.INVALID_PARAMETER,
					HEADER + " must be 1 to 255 visible ASCII characters",
					List.of(new InvalidParam(HEADER, "header", "must be 1 to 255 visible ASCII characters")));
			return;
		}
		byte[] body;
		Claim claim;
		try {
			body = request.getInputStream().readAllBytes();
			claim = this.store.claim(caller.id(), key, fingerprint(request, body), apiKey);
		}
		catch (ApiException ex) {
			this.problems.write(request, response, ex.getProblemType(), ex.getMessage(), ex.getErrors());
			return;
		}
		switch (claim.outcome()) {
			case REUSED -> refuse(request, response, IdempotencyKeyException.reused(key));
			case IN_PROGRESS -> refuse(request, response, IdempotencyKeyException.inProgress(key));
			case REPLAY -> replay(claim.response(), response);
			case RUN -> run(new CachedBodyRequest(request, body), response, chain, caller.id(), key, apiKey);
		}
	}

	private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long apiKeyId,
			String key, String apiKey) throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		boolean stored = false;
		try {
			chain.doFilter(request, answer);
			if (answer.getStatus() < 500) {
				this.store.complete(apiKeyId, key,
						new StoredResponse(answer.getStatus(), answer.getHeader(HttpHeaders.LOCATION),
								answer.getHeader(HttpHeaders.ETAG), answer.getContentType(),
								answer.getHeader(HttpHeaders.CACHE_CONTROL), answer.getContentAsByteArray()),
						apiKey);
				stored = true;
			}
		}
		finally {
			if (!stored) {
				this.store.release(apiKeyId, key);
			}
			answer.copyBodyToResponse();
		}
	}

	private static void replay(@Nullable StoredResponse stored, HttpServletResponse response) throws IOException {
		if (stored == null) {
			throw new IllegalStateException("A replay needs the stored answer");
		}
		response.setStatus(stored.status());
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		if (stored.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, stored.etag());
		}
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.cacheControl() != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, stored.cacheControl());
		}
		response.setHeader(REPLAYED, "true");
		response.setContentLength(stored.body().length);
		response.getOutputStream().write(stored.body());
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, IdempotencyKeyException ex)
			throws IOException {
		this.problems.write(request, response, ex.getProblemType(), ex.getMessage(), ex.getErrors());
	}

	private static @Nullable AuthenticatedKey caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof AuthenticatedKey key) ? key : null;
	}

	private static @Nullable String bearerToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.length() <= BEARER.length()
				|| !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		return header.substring(BEARER.length()).strip();
	}

	/**
	 * What makes two requests the same: method, path, query string and body.
	 */
	private static byte[] fingerprint(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String target = request.getMethod() + " " + request.getRequestURI() + "?"
					+ ((request.getQueryString() != null) ? request.getQueryString() : "") + "\n";
			digest.update(target.getBytes(StandardCharsets.UTF_8));
			return digest.digest(body);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The request with its body already read, so that it can be fingerprinted first.
	 */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Blocking reads only");
				}

			};
		}

	}

}
