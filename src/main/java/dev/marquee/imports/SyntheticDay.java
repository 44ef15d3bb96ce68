package dev.marquee.imports;

import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * What the days after a synthetic snapshot do to it, as IMDb's daily files do: each day
 * changes about {@value #CHANGED} of the lines of every file, removes about
 * {@value #REMOVED} (a title with all its lines, a person with their credits, or one line
 * of a title), and adds about {@value #ADDED}: new titles and people after the last ones
 * (half of it), new alternate titles and principals after a title's last ones (the other
 * half). Series are never removed, so no episode loses its series.
 * <p>
 * Every decision is drawn from a generator seeded by (seed, file, title or person, line,
 * day) alone, so day {@code n} is the same whatever else is generated, and day 0 is the
 * snapshot itself, byte for byte.
 */
final class SyntheticDay {

	static final double CHANGED = 0.005;

	static final double ADDED = 0.001;

	static final double REMOVED = 0.0005;

	private final long seed;

	private final int day;

	SyntheticDay(long seed, int day) {
		this.seed = SyntheticDatasets.mix(seed ^ 0xDA7L);
		this.day = day;
	}

	boolean isSnapshot() {
		return this.day == 0;
	}

	/**
	 * How many titles (or people) the days added after the snapshot's {@code count}.
	 */
	long added(long count) {
		return Math.round(count * ADDED / 2 * this.day);
	}

	/**
	 * Whether a line was removed on one of the days.
	 * @param line the line's number within its title (its ordering), 0 for a file with
	 * one line per title or person
	 */
	boolean removed(Dataset dataset, long index, int line) {
		for (int k = 1; k <= this.day; k++) {
			if (random(dataset, index, line, k, 1).nextDouble() < REMOVED) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A generator for the line's last change, or {@code null} when no day changed it.
	 */
	@Nullable SplittableRandom changed(Dataset dataset, long index, int line) {
		for (int k = this.day; k >= 1; k--) {
			SplittableRandom random = random(dataset, index, line, k, 2);
			if (random.nextDouble() < CHANGED) {
				return random;
			}
		}
		return null;
	}

	/**
	 * How many lines the days added after this one, the last of its title.
	 */
	int addedAfter(Dataset dataset, long index, int lines) {
		int added = 0;
		for (int k = 1; k <= this.day; k++) {
			if (random(dataset, index, 0, k, 3).nextDouble() < ADDED / 2 * lines) {
				added++;
			}
		}
		return added;
	}

	/**
	 * A generator for the {@code n}th line added after a title's last one.
	 */
	SplittableRandom addition(Dataset dataset, long index, int n) {
		return random(dataset, index, n, 0, 4);
	}

	private SplittableRandom random(Dataset dataset, long index, int line, int day, int purpose) {
		return new SplittableRandom(
				this.seed ^ SyntheticDatasets.mix(dataset.ordinal() * 7919L + day * 104_729L + purpose)
						^ SyntheticDatasets.mix(index * 65_537L + line));
	}

}
