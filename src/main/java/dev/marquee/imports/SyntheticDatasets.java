package dev.marquee.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the seven IMDb dataset files with synthetic but realistically shaped content,
 * deterministically from a seed: the same options always give byte-identical files.
 * Memory stays flat at any scale: every fact of title {@code i} is derived from a random
 * generator seeded by ({@code seed}, {@code i}, file), so files agree with each other (an
 * episode's parent is a series, credits name people that exist) without keeping anything
 * in memory.
 * <p>
 * Shapes: 1.5 people per title; 1 to 10 principals per title (5.5 on average); 0 to 7
 * alternate titles; 10% series, about 40% episodes of them; 60% of titles rated; many
 * {@code \N} nulls; non-ASCII names ("Kálmán Berkes"); quotes and backslashes inside
 * titles and characters. With a malformed rate {@code r}, each data line is broken with
 * probability {@code r} (wrong column count, bad number, bad id, or broken characters
 * JSON) and each credit names an unknown person or title with probability {@code r}.
 */
public final class SyntheticDatasets {

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
	 */
	public record Options(Path directory, int titles, long seed, double malformedRate, boolean gzip, long firstId) {

		public Options {
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

	private final Options options;

	private final long people;

	private SyntheticDatasets(Options options) {
		this.options = options;
		this.people = Math.max(1, options.titles() * 3L / 2);
	}

	/**
	 * Writes every file and answers the number of data lines (header excluded) of each.
	 */
	public static Map<Dataset, Long> generate(Options options) throws IOException {
		Files.createDirectories(options.directory());
		SyntheticDatasets generator = new SyntheticDatasets(options);
		Map<Dataset, Long> lines = new EnumMap<>(Dataset.class);
		for (Dataset dataset : Dataset.values()) {
			lines.put(dataset, generator.write(dataset));
		}
		return lines;
	}

	private long write(Dataset dataset) throws IOException {
		String name = dataset.baseName() + (this.options.gzip() ? ".tsv.gz" : ".tsv");
		OutputStream file = Files.newOutputStream(this.options.directory().resolve(name));
		OutputStream out = this.options.gzip() ? new GZIPOutputStream(file, 1 << 16) : file;
		try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
			writer.write(dataset.header());
			writer.write('\n');
			SyntheticLines lines = new SyntheticLines(this.options, this.people, dataset);
			long count = (dataset == Dataset.NAME_BASICS) ? this.people : this.options.titles();
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

}
