package dev.marquee;

import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Runs Marquee on the same database the tests would choose ({@link TestDatabase}): a
 * developer's {@code MARQUEE_TEST_DB_URL}, else Testcontainers, else a throw-away
 * embedded PostgreSQL.
 */
public final class TestMarqueeApplication {

	private TestMarqueeApplication() {
	}

	public static void main(String[] args) {
		new SpringApplicationBuilder(MarqueeApplication.class).initializers(new TestDatabaseInitializer()).run(args);
	}

}
