package dev.marquee.testdata;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * IMDb ids no other test uses: every call answers a new one, so tests sharing the run's
 * database never meet, whatever order they run in. They are ten digits starting with 1
 * ({@code tt1…}), apart from the import fixtures' ranges ({@code tt68…}, {@code tt7…},
 * {@code tt9…}) that import tests delete by prefix; a run starts at a random point of
 * that range, so runs on a kept database ({@code MARQUEE_TEST_DB_URL}) do not meet
 * either.
 */
public final class TestIds {

	private static final AtomicLong next = new AtomicLong(1_000_000_000L + new SecureRandom().nextLong(900_000_000L));

	private TestIds() {
	}

	/**
	 * A new title id: {@code tt} and ten digits.
	 */
	public static String film() {
		return "tt" + next.getAndIncrement();
	}

	/**
	 * A new name id: {@code nm} and ten digits.
	 */
	public static String person() {
		return "nm" + next.getAndIncrement();
	}

	/**
	 * A new company id: {@code co} and ten digits.
	 */
	public static String company() {
		return "co" + next.getAndIncrement();
	}

	/**
	 * A word no other test's data contains, to name what a test finds by text (a genre, a
	 * list title, a name).
	 */
	public static String word(String prefix) {
		return prefix + Long.toString(next.getAndIncrement(), 36);
	}

}
