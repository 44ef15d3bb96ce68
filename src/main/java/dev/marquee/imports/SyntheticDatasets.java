package dev.marquee.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the seven IMDb dataset files with synthetic content in IMDb's shape,
 * deterministically from a seed: the same options always give byte-identical files.
 * Memory stays flat at any scale: every fact of title {@code i} is derived from a random
 * generator seeded by ({@code seed}, {@code i}, file) and from a walk over the titles in
 * order that keeps only the current series ({@link SyntheticLayout}), so files agree with
 * each other (an episode's parent is a series, credits name people that exist) without
 * keeping anything in memory. The files are written in parallel, one per core.
 * <p>
 * Shapes, IMDb's proportions (February 2026: 12.3 M titles, 15.1 M people, 55.3 M
 * alternate titles, 98.1 M principals, 9.5 M episodes, 1.6 M ratings) at every size:
 * {@value #PEOPLE_PER_TITLE} people per title; about 77 % of titles are episodes of
 * series with up to {@value SyntheticLayout#MAX_EPISODES} episodes; about 4.5 alternate
 * titles and 8 principals per title on average, with long tails (hundreds of alternate
 * titles for a few, people with thousands of credits); about 13 % of titles rated, votes
 * from 5 to millions. Titles and names are drawn from vocabularies that grow with the
 * catalogue (Heaps' law) in a dozen languages ({@link SyntheticVocabulary},
 * {@link SyntheticTitles}, {@link SyntheticNames}); many {@code \N} nulls; quotes and
 * backslashes inside titles and characters. With a malformed rate {@code r}, each data
 * line is broken with probability {@code r} (wrong column count, bad number, bad id, or
 * broken characters JSON) and each credit names an unknown person with probability
 * {@code r}.
 */
public final class SyntheticDatasets {

	/** IMDb's name.basics lines per title.basics line: 15.1 M for 12.3 M. */
	public static final double PEOPLE_PER_TITLE = 1.23;

	/** IMDb's title.basics lines in February 2026: the {@code imdb} scale. */
	public static final int IMDB_TITLES = 12_300_000;

	/**
	 * What to generate.
	 *
	 * @param directory where the files go (created when missing)
	 * @param titles how many titles
	 * @param seed the seed; same seed, same files
	 * @param malformedRate probability of a broken line and of a dangling reference
	 * @param gzip write {@code .tsv.gz} (as IMDb does) rather than {@code .tsv}
	 * @param firstId number of the first title and person id: {@code tt} and {@code nm}
	 * followed by it, zero-padded to 7 digits
	 * @param day 0 for the snapshot itself, else the snapshot that many days later: each
	 * day changes, adds and removes rows as {@link SyntheticDay} says
	 */
	public record Options(Path directory, int titles, long seed, double malformedRate, boolean gzip, long firstId,
			int day) {

		public Options(Path directory, int titles, long seed, double malformedRate, boolean gzip, long firstId) {
			this(directory, titles, seed, malformedRate, gzip, firstId, 0);
		}

		public Options {
			if (day < 0) {
				throw new IllegalArgumentException("day must be 0 (the snapshot) or more (days after it)");
			}
			if (titles < 1) {
				throw new IllegalArgumentException("titles must be at least 1");
			}
			if (malformedRate < 0 || malformedRate > 1) {
				throw new IllegalArgumentException("malformed rate must be between 0 and 1");
			}
			if (firstId < 1 || firstId + 2L * titles + 1000 > 9_999_999_999L) {
				throw new IllegalArgumentException("ids would not fit IMDb's 7 to 10 digits");
			}
		}

	}

	private static final List<Dataset> LARGEST_FIRST = List.of(Dataset.TITLE_PRINCIPALS, Dataset.TITLE_AKAS,
			Dataset.NAME_BASICS, Dataset.TITLE_BASICS, Dataset.TITLE_CREW, Dataset.TITLE_EPISODE,
			Dataset.TITLE_RATINGS);

	private final Options options;

	private final long people;

	private SyntheticDatasets(Options options) {
		this.options = options;
		this.people = Math.max(1, Math.round(options.titles() * PEOPLE_PER_TITLE));
	}

	/**
	 * Writes every file and answers the number of data lines (header excluded) of each.
	 */
	public static Map<Dataset, Long> generate(Options options) throws IOException {
		Files.createDirectories(options.directory());
		SyntheticDatasets generator = new SyntheticDatasets(options);
		Map<Dataset, Future<Long>> writes = new EnumMap<>(Dataset.class);
		ExecutorService files = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			for (Dataset dataset : LARGEST_FIRST) {
				writes.put(dataset, files.submit(() -> generator.write(dataset)));
			}
			Map<Dataset, Long> lines = new EnumMap<>(Dataset.class);
			for (Dataset dataset : Dataset.values()) {
				lines.put(dataset, writes.get(dataset).get());
			}
			return lines;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while generating");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			files.shutdownNow();
		}
	}

	private long write(Dataset dataset) throws IOException {
		String name = dataset.baseName() + (this.options.gzip() ? ".tsv.gz" : ".tsv");
		OutputStream file = Files.newOutputStream(this.options.directory().resolve(name));
		OutputStream out = this.options.gzip() ? new FastGzip(file) : file;
		try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
			writer.write(dataset.header());
			writer.write('\n');
			SyntheticDay day = new SyntheticDay(this.options.seed(), this.options.day());
			SyntheticLines lines = new SyntheticLines(this.options, this.people, dataset, day);
			long count = (dataset == Dataset.NAME_BASICS) ? this.people + day.added(this.people)
					: this.options.titles() + day.added(this.options.titles());
			long written = 0;
			StringBuilder line = new StringBuilder(256);
			for (long i = 0; i < count; i++) {
				SplittableRandom random = random(dataset, i);
				written += lines.write(i, random, line, writer);
			}
			return written;
		}
	}

	private SplittableRandom random(Dataset dataset, long index) {
		return new SplittableRandom(
				mix(this.options.seed() * 31 + dataset.ordinal()) ^ mix(index + 0x9E3779B97F4A7C15L));
	}

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * gzip at its fastest level: compression is most of the time of writing the files at
	 * its default level, for files about 15 % smaller.
	 */
	private static final class FastGzip extends GZIPOutputStream {

		FastGzip(OutputStream out) throws IOException {
			super(out, 1 << 16);
			this.def.setLevel(Deflater.BEST_SPEED);
		}

	}

}
