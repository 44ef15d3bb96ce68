package dev.marquee.ratelimit;

import javax.sql.DataSource;

import dev.marquee.support.web.ProblemWriter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

	/**
	 * Right after Spring Security's filter chain, so the request's API key (and its role)
	 * is known.
	 */
	@Bean(destroyMethod = "close")
	Buckets rateLimitBuckets(RateLimitProperties properties, DataSource dataSource) {
		return switch (properties.store()) {
			case MEMORY -> new Buckets.InMemory(properties.window());
			case DATABASE -> new Buckets.InDatabase(dataSource, properties.window(), properties.localShare(),
					properties.syncInterval());
		};
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties properties, ProblemWriter problemWriter,
			Buckets buckets) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(properties, problemWriter, buckets));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		registration.addUrlPatterns("/api/*");
		return registration;
	}

	@Bean
	FailedAuthentications failedAuthentications(RateLimitProperties properties, ProblemWriter problemWriter,
			Buckets buckets) {
		return new FailedAuthentications(properties, problemWriter, buckets);
	}

}
