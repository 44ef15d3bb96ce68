package dev.marquee.support.db;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Which read-only work must see the primary even though a replica could serve it: that of
 * a request that writes (any method but GET, HEAD and OPTIONS: what it reads back, it
 * just wrote) and every request made with an admin key — admins are the ones who write,
 * so an admin who reads after a write, through any instance, reads it. Anonymous and
 * reader-key reads may be up to {@code max-lag} old, the staleness their HTTP caches
 * already accept ({@code Cache-Control: max-age}). API key lookups write (last used) and
 * always run on the primary, so a key works at once on every instance. And a read that
 * broke on the replica runs again on the primary ({@link ReplicaReadRetry}).
 */
final class ReadYourWrites {

	private ReadYourWrites() {
	}

	private static final ThreadLocal<Boolean> onPrimary = new ThreadLocal<>();

	/**
	 * Runs the work with its read-only transactions on the primary.
	 */
	static <T> T onPrimary(Work<T> work) throws Throwable {
		onPrimary.set(true);
		try {
			return work.run();
		}
		finally {
			onPrimary.remove();
		}
	}

	static boolean primaryRequired() {
		if (Boolean.TRUE.equals(onPrimary.get())) {
			return true;
		}
		@Nullable RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet && writes(servlet.getRequest())) {
			return true;
		}
		@Nullable Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
	}

	private static boolean writes(HttpServletRequest request) {
		String method = request.getMethod();
		return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method);
	}

	/**
	 * Work that may throw whatever the method it runs throws.
	 */
	@FunctionalInterface
	interface Work<T> {

		T run() throws Throwable;

	}

}
