package dev.marquee.support.web;

import java.time.Duration;
import java.util.List;

import org.apache.catalina.core.StandardHost;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableConfigOverride;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final long cacheMaxAge;

	WebConfiguration(@Value("${marquee.http.cache-max-age:60s}") Duration cacheMaxAge) {
		this.cacheMaxAge = cacheMaxAge.toSeconds();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new CachingInterceptor(this.cacheMaxAge)).addPathPatterns("/api/**");
	}

	/**
	 * Spring MVC's request mappings, tested path first ({@link PathFirstHandlerMapping}),
	 * and its handler adapter without per-request conversions and choices whose answer
	 * never changes ({@link LeanHandlerAdapter}).
	 */
	@Bean
	WebMvcRegistrations leanSpringMvc() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PathFirstHandlerMapping();
			}

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new LeanHandlerAdapter();
			}
		};
	}

	/**
	 * Replaces Tomcat's HTML error report with {@link ProblemErrorReportValve}, for the
	 * requests Tomcat refuses before any servlet runs.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

	/**
	 * Tomcat writes an answer to the socket through a buffer of this many bytes per
	 * connection, one system call per buffer-full (its default is 8 KiB). An answer that
	 * fits, headers included, reaches the kernel in one write, so an instance killed
	 * while sending it either sent nothing (a proxy retries it elsewhere) or all of it
	 * ({@link WholeAnswers}). The buffer is allocated for every open connection.
	 */
	static final int SOCKET_WRITE_BUFFER_BYTES = 64 * 1024;

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer() {
		return (factory) -> factory.addConnectorCustomizers((connector) -> connector
			.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_WRITE_BUFFER_BYTES)));
	}

	/**
	 * Request bodies are read strictly: an unknown field is refused, never dropped, and
	 * every unknown field of a body is named ({@link UnknownFields}); a key twice in one
	 * object is refused, not "the last one wins"; strings are normalised to NFC and
	 * refused when they hold NUL or a lone surrogate ({@link RequestStrings}); a value is
	 * taken only as the JSON type its field has, never converted from another
	 * ({@code "5"} is not a number, {@code 5} not a string, {@code 1} not {@code true},
	 * {@code 0} not the first value of an enum: {@link RequestScalars}); dates are of the
	 * years 1 to 9999 ({@link RequestDates}).
	 */
	@Bean
	JsonMapperBuilderCustomizer strictRequestBodies() {
		return (builder) -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.addHandler(new UnknownFields())
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.addModule(RequestStrings.module())
			.addModule(RequestScalars.module())
			.addModule(RequestDates.module())
			.withConfigOverride(boolean.class, WebConfiguration::defaultWhenAbsent)
			.withConfigOverride(int.class, WebConfiguration::defaultWhenAbsent)
			.withConfigOverride(long.class, WebConfiguration::defaultWhenAbsent);
	}

	private static void defaultWhenAbsent(MutableConfigOverride override) {
		override.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
	}

	/**
	 * Request bodies larger than {@code marquee.http.max-body-size} are refused with 413.
	 */
	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
			@Value("${marquee.http.max-body-size:2MB}") DataSize limit, ProblemWriter problems) {
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(limit.toBytes(), problems));
		registration.addUrlPatterns("/api/*");
		registration.setName("bodySizeLimitFilter");
		// Early (right after Spring Security), so that every filter reading a body
		// reads a limited one.
		registration.setOrder(0);
		return registration;
	}

	/**
	 * Forwarded headers read from the proxies in {@code marquee.http.trusted-proxies}
	 * only, before anything reads the request's address or builds a link from it.
	 */
	@Bean
	FilterRegistrationBean<TrustedForwardedHeaders> trustedForwardedHeaders(
			@Value("${marquee.http.trusted-proxies:}") List<String> proxies) {
		FilterRegistrationBean<TrustedForwardedHeaders> registration = new FilterRegistrationBean<>(
				new TrustedForwardedHeaders(proxies));
		registration.setName("trustedForwardedHeaders");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * API answers sent whole, with their length ({@link WholeAnswers}); ordered before
	 * the ETag filter, whose wrapper keeps a buffer size to itself.
	 */
	@Bean
	FilterRegistrationBean<WholeAnswers> wholeAnswers() {
		FilterRegistrationBean<WholeAnswers> registration = new FilterRegistrationBean<>(new WholeAnswers());
		registration.addUrlPatterns("/api/*");
		registration.setName("wholeAnswers");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * A strong ETag on every API answer, computed from the body, and 304 Not Modified for
	 * a matching If-None-Match.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/*");
		registration.setName("etagFilter");
		return registration;
	}

}
