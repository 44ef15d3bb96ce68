package dev.marquee.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets browsers and shared caches keep API reads for a short while:
 * {@code Cache-Control: public,
 * max-age=N} on GET and HEAD, {@code Vary: Accept} because the representation depends on
 * it. Set before the handler runs, so the 304s the ETag filter makes carry it too;
 * problem responses replace it with {@code no-store}.
 */
class CachingInterceptor implements HandlerInterceptor {

	private final String cacheControl;

	CachingInterceptor(long maxAgeSeconds) {
		this.cacheControl = "public, max-age=" + maxAgeSeconds;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		}
		return true;
	}

	/**
	 * Marks an error answer as not to be stored, replacing what {@link #preHandle} set.
	 */
	static void noStore(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
