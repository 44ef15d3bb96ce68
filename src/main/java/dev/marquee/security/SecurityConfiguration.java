package dev.marquee.security;

import dev.marquee.apikey.ApiKeys;
import dev.marquee.ratelimit.FailedAuthentications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

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

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
			ProblemAccessDeniedHandler accessDeniedHandler, ApiKeys keys, FailedAuthentications failures)
			throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
					.permitAll()
					.requestMatchers("/actuator/**")
					.hasRole("ADMIN")
					.requestMatchers("/api/v1/admin/**")
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
					.authenticated())
			.cors(Customizer.withDefaults())
			.csrf(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.anonymous((anonymous) -> {
			})
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, entryPoint, failures),
					AnonymousAuthenticationFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler));
		return http.build();
	}

}
