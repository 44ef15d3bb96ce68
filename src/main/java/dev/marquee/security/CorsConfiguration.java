package dev.marquee.security;

import java.time.Duration;
import java.util.List;

import dev.marquee.support.web.ProblemWriter;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS for frontend apps, applied by Spring Security's CorsFilter before any
 * authentication. Pages from the allowed origins may read (GET, HEAD); pages from the
 * write origins may also send writes. Browsers may read the ETag, the correlation id,
 * Location, Retry-After, the RateLimit-* headers and Idempotent-Replayed of a response.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CorsProperties.class)
class CorsConfiguration {

	private static final List<String> EXPOSED = List.of(HttpHeaders.ETAG, "X-Request-Id", HttpHeaders.LOCATION,
			HttpHeaders.RETRY_AFTER, "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy",
			"Idempotent-Replayed");

	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
		org.springframework.web.cors.CorsConfiguration reads = base(properties.allowedOrigins(),
				List.of("GET", "HEAD"));
		org.springframework.web.cors.CorsConfiguration writes = base(properties.writeOrigins(),
				List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
		return (request) -> {
			if (!request.getRequestURI().startsWith("/api/")) {
				return null;
			}
			@Nullable String origin = request.getHeader(HttpHeaders.ORIGIN);
			return (origin != null && writes.checkOrigin(origin) != null) ? writes : reads;
		};
	}

	/**
	 * The filter Spring Security puts in its chain (it takes the bean of this name), with
	 * refusals as problem+json ({@link ProblemCorsProcessor}).
	 */
	@Bean
	CorsFilter corsFilter(CorsConfigurationSource corsConfigurationSource, ProblemWriter problems) {
		CorsFilter filter = new CorsFilter(corsConfigurationSource);
		filter.setCorsProcessor(new ProblemCorsProcessor(problems));
		return filter;
	}

	/**
	 * Only inside the security chain: not a second time as a servlet filter of its own.
	 */
	@Bean
	FilterRegistrationBean<CorsFilter> corsFilterRegistration(CorsFilter corsFilter) {
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(corsFilter);
		registration.setEnabled(false);
		return registration;
	}

	private static org.springframework.web.cors.CorsConfiguration base(List<String> origins, List<String> methods) {
		org.springframework.web.cors.CorsConfiguration cors = new org.springframework.web.cors.CorsConfiguration();
		cors.setAllowedOriginPatterns(origins);
		cors.setAllowedMethods(methods);
		cors.setAllowedHeaders(List.of("*"));
		cors.setExposedHeaders(EXPOSED);
		cors.setMaxAge(Duration.ofHours(1));
		return cors;
	}

}
