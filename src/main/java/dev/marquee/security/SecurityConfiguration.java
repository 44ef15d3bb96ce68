package dev.marquee.security;

import dev.marquee.apikey.ApiKeys;
import dev.marquee.ratelimit.FailedAuthentications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Reads are public but the document export, which needs an API key of either role; every
 * other method on the API, the admin API (reads included) and Actuator's non-health
 * endpoints need an API key with the admin role, sent as
 * {@code Authorization: Bearer <key>} ({@link ApiKeyAuthenticationFilter}). No key: 401;
 * a reader key: 403; both problem+json. Stateless: no session, no CSRF token, no login
 * page, no generated password (the user-details auto-configuration is excluded in
 * {@code MarqueeApplication}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/**
	 * Reads that need an API key of either role: the document export, which streams the
	 * whole catalogue.
	 */
	static final String READS_NEEDING_A_KEY = "/api/v1/films/documents";

	static final String ADMIN_API = "/api/v1/admin/**";

	/**
	 * The files of images, public and immutable.
	 */
	static final String IMAGE_FILES = "/images/**";

	/**
	 * Public reads of the API and of image files without credentials (GET or HEAD, no
	 * {@code Authorization} header, neither the admin API nor
	 * {@link #READS_NEEDING_A_KEY}), most of the traffic: they need no authentication and
	 * are permitted whoever asks, so their chain keeps only what answers them (the
	 * firewall, CORS and the security headers) and leaves out the key lookup, the
	 * security context, anonymous authentication, authorization and exception
	 * translation. Rate limiting and request ids are servlet filters around every chain.
	 * A request with a key, valid or not, takes the full chain.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain anonymousReads(HttpSecurity http) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(
				new AndRequestMatcher(new OrRequestMatcher(paths.matcher("/api/v1/**"), paths.matcher(IMAGE_FILES)),
						(request) -> ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
								&& request.getHeader(HttpHeaders.AUTHORIZATION) == null,
						new NegatedRequestMatcher(
								new OrRequestMatcher(paths.matcher(ADMIN_API), paths.matcher(READS_NEEDING_A_KEY)))));
		statelessApi(http).anonymous(AbstractHttpConfigurer::disable)
			.securityContext(AbstractHttpConfigurer::disable)
			.sessionManagement(AbstractHttpConfigurer::disable)
			.servletApi(AbstractHttpConfigurer::disable)
			.exceptionHandling(AbstractHttpConfigurer::disable);
		return http.build();
	}

	/**
	 * Spring Security's own observations (a span or timer around every filter of the
	 * chain, every authentication and authorization), off unless
	 * {@code marquee.observability.security} is true: on every request they cost more
	 * than a film's read. Requests stay observed as a whole (http.server.requests).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings(
			@Value("${marquee.observability.security:false}") boolean observe) {
		return observe ? SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(true)
			.shouldObserveAuthentications(true)
			.shouldObserveAuthorizations(true)
			.build() : SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
			ProblemAccessDeniedHandler accessDeniedHandler, ApiKeys keys, FailedAuthentications failures)
			throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
					.permitAll()
					.requestMatchers("/actuator/**")
					.hasRole("ADMIN")
					.requestMatchers(ADMIN_API)
					.hasRole("ADMIN")
					.requestMatchers(READS_NEEDING_A_KEY)
					.authenticated()
					.requestMatchers(HttpMethod.GET, "/**")
					.permitAll()
					.requestMatchers(HttpMethod.HEAD, "/**")
					.permitAll()
					.requestMatchers(HttpMethod.OPTIONS, "/**")
					.permitAll()
					.requestMatchers("/api/**")
					.hasRole("ADMIN")
					.anyRequest()
					.authenticated());
		statelessApi(http).anonymous((anonymous) -> {
		})
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, entryPoint, failures),
					AnonymousAuthenticationFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler));
		return http.build();
	}

	/**
	 * What both chains share: CORS, and none of a browser application's machinery (no
	 * CSRF tokens, login forms, basic authentication, logout or saved requests); caching
	 * headers are the API's own (ETags), not Spring Security's no-store.
	 */
	private static HttpSecurity statelessApi(HttpSecurity http) throws Exception {
		return http.cors(Customizer.withDefaults())
			.csrf(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable()));
	}

}
