package dev.marquee.support.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 {@code payload-too-large}: at once when
 * Content-Length says so, else as soon as the reader passes the limit (chunked bodies).
 * File uploads ({@code multipart/form-data}) are streamed to disk, never held in memory,
 * and bounded by {@code spring.servlet.multipart.*} instead, unless they carry an
 * {@code Idempotency-Key}: such a body is read into memory to fingerprint it, so it keeps
 * this limit.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final ProblemWriter problems;

	BodySizeLimitFilter(long limit, ProblemWriter problems) {
		this.limit = limit;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
				&& request.getHeader("Idempotency-Key") == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.limit) {
			this.problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, detail(), List.of());
			return;
		}
		// A request with neither Content-Length nor Transfer-Encoding has no body (RFC
		// 9112, 6.3): most reads. Left unwrapped, since every request wrapper is a hop
		// on each of the request's many header and method lookups.
		boolean bodiless = length <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
		chain.doFilter(bodiless ? request : new LimitedRequest(request), response);
	}

	private String detail() {
		return "The request body is larger than the limit of " + this.limit + " bytes";
	}

	private final class LimitedRequest extends HttpServletRequestWrapper {

		private LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					count((b < 0) ? 0 : 1);
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					count(Math.max(n, 0));
					return n;
				}

				private void count(int n) {
					this.read += n;
					if (this.read > BodySizeLimitFilter.this.limit) {
						throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, detail());
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
