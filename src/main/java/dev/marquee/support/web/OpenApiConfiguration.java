package dev.marquee.support.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI marqueeOpenApi() {
		return new OpenAPI().info(new Info().title("Marquee API")
			.version("v1")
			.description("Film metadata as JSON: a film's whole title page (cast, crew, trivia, goofs, crazy credits, "
					+ "connections, soundtracks, reviews, box office, awards, locations, alternate titles, release "
					+ "dates, companies, lists) in one request. Reads are public. Errors are RFC 9457 "
					+ "application/problem+json; each problem's type resolves to /problems/{code}. The demo film is "
					+ "La La Land, tt3783958.")
			.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
	}

}
