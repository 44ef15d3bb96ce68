package dev.marquee;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring context at the run's shared {@link TestDatabase}. Because it sets
 * {@code spring.datasource.url} before any bean exists, the application's embedded
 * default stays off.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase database = TestDatabase.shared();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("marqueeTestDatabase",
					Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
							"spring.datasource.password", database.password())));
	}

}
