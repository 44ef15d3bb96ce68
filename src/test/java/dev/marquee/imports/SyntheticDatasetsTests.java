package dev.marquee.imports;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import dev.marquee.MarqueeApplication;
import dev.marquee.imports.cli.ImportsCommandLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

/**
 * The generator writes IMDb's shape: its proportions, its long tails, a vocabulary that
 * keeps growing with the catalogue, and the punctuation, numerals and accents search must
 * handle. One dataset of 20,000 titles serves the shape tests.
 */
class SyntheticDatasetsTests {

	private static final int TITLES = 20_000;

	@TempDir
	static Path shared;

	static Map<Dataset, Long> lines;

	@BeforeAll
	static void generate() throws IOException {
		lines = SyntheticDatasets.generate(new SyntheticDatasets.Options(shared, TITLES, 7, 0, true, 1));
	}

	@Test
	void sameSeedWritesByteIdenticalFilesAndAnotherSeedDifferentOnes(@TempDir Path dir) throws Exception {
		Map<Dataset, Long> first = SyntheticDatasets
			.generate(new SyntheticDatasets.Options(dir.resolve("a"), 500, 9, 0.01, true, 1));
		SyntheticDatasets.generate(new SyntheticDatasets.Options(dir.resolve("b"), 500, 9, 0.01, true, 1));
		SyntheticDatasets.generate(new SyntheticDatasets.Options(dir.resolve("c"), 500, 10, 0.01, true, 1));

		assertThat(first).containsOnlyKeys(Dataset.values())
			.containsEntry(Dataset.TITLE_BASICS, 500L)
			.containsEntry(Dataset.NAME_BASICS, 615L);
		for (Dataset dataset : Dataset.values()) {
			String name = dataset.baseName() + ".tsv.gz";
			assertThat(Files.readAllBytes(dir.resolve("a").resolve(name))).as(name)
				.isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(name)));
		}
		assertThat(Files.readAllBytes(dir.resolve("a/title.basics.tsv.gz")))
			.isNotEqualTo(Files.readAllBytes(dir.resolve("c/title.basics.tsv.gz")));
	}

	@Test
	void everyFileHasImdbsLinesPerTitle() {
		// IMDb, February 2026, per title.basics line: 15.1 M names, 9.5 M episodes,
		// 1.6 M ratings, 55.3 M alternate titles, 12.3 M crew rows, 98.1 M principals
		// for 12.3 M titles.
		Map<Dataset, Double> perTitle = new HashMap<>();
		lines.forEach((dataset, count) -> perTitle.put(dataset, count / (double) TITLES));

		assertThat(perTitle).containsOnlyKeys(Dataset.values())
			.containsEntry(Dataset.TITLE_BASICS, 1.0)
			.containsEntry(Dataset.TITLE_CREW, 1.0)
			.containsEntry(Dataset.NAME_BASICS, 1.23);
		assertThat(perTitle.get(Dataset.TITLE_EPISODE)).isCloseTo(0.77, within(0.05));
		assertThat(perTitle.get(Dataset.TITLE_RATINGS)).isCloseTo(0.13, within(0.02));
		assertThat(perTitle.get(Dataset.TITLE_AKAS)).isCloseTo(4.5, within(0.6));
		assertThat(perTitle.get(Dataset.TITLE_PRINCIPALS)).isCloseTo(8.0, within(0.6));
	}

	@Test
	void longTailsOfAlternateTitlesEpisodesCreditsAndVotes() throws IOException {
		Map<String, Integer> akas = countBy(Dataset.TITLE_AKAS, 0);
		Map<String, Integer> episodes = countBy(Dataset.TITLE_EPISODE, 1);
		Map<String, Integer> credits = countBy(Dataset.TITLE_PRINCIPALS, 2);
		long maxVotes = column(Dataset.TITLE_RATINGS, 2).stream().mapToLong(Long::parseLong).max().orElseThrow();

		assertThat(TITLES - akas.size()).as("titles without an alternate title").isGreaterThan(TITLES / 4);
		assertThat(max(akas)).as("most alternate titles of a title").isBetween(150, 400);
		assertThat(max(episodes)).as("most episodes of a series").isBetween(500, SyntheticLayout.MAX_EPISODES);
		assertThat(max(credits)).as("most credits of a person").isGreaterThan(300);
		assertThat(maxVotes).as("most votes").isGreaterThan(50_000);
	}

	@Test
	void vocabularyKeepsGrowingWithTheCatalogueAndNamesAreMostlyDistinct(@TempDir Path dir) throws IOException {
		SyntheticDatasets.generate(new SyntheticDatasets.Options(dir, TITLES / 10, 7, 0, true, 1));
		SyntheticStatistics small = SyntheticStatistics.of(dir);
		SyntheticStatistics large = SyntheticStatistics.of(shared);

		// Heaps' law: distinct words grow as a power 0.5 to 0.8 of the text, so ten times
		// the titles hold 3.2 to 6.3 times the words; a fixed vocabulary would saturate.
		assertThat(large.titleWords() / (double) small.titleWords()).isBetween(3.2, 6.3);
		assertThat(large.titleWords()).isGreaterThan(10_000);
		assertThat(large.names() / (double) lines.get(Dataset.NAME_BASICS)).isBetween(0.75, 1.0);
	}

	@Test
	void titlesAndNamesHoldThePunctuationNumeralsAndScriptsSearchMustHandle() throws IOException {
		Map<String, Predicate<String>> features = Map.ofEntries(entry("colon", (t) -> t.contains(": ")),
				entry("hyphenated compound", Pattern.compile("\\p{L}-\\p{L}").asPredicate()),
				entry("digit inside a word", Pattern.compile("\\p{L}[0-9]\\p{L}").asPredicate()),
				entry("middle dot", (t) -> t.contains(" · ")), entry("ampersand", (t) -> t.contains(" & ")),
				entry("apostrophe", (t) -> t.contains("'")), entry("exclamation", (t) -> t.endsWith("!")),
				entry("question", (t) -> t.endsWith("?")), entry("roman numeral", (t) -> t.endsWith(" II")),
				entry("part", (t) -> t.contains(": Part ")),
				entry("year", Pattern.compile("^(19|20)\\d\\d ").asPredicate()),
				entry("episode number", (t) -> t.startsWith("Episode #")),
				entry("accented Latin", Pattern.compile("[éèüöåøłńőñçã]").asPredicate()),
				entry("Greek", Pattern.compile("\\p{IsGreek}").asPredicate()),
				entry("Cyrillic", Pattern.compile("\\p{IsCyrillic}").asPredicate()),
				entry("CJK", Pattern.compile("\\p{IsHan}").asPredicate()), entry("Last", (t) -> t.contains("Last")),
				entry("Garden", (t) -> t.contains("Garden")));
		List<String> titles = column(Dataset.TITLE_BASICS, 2);
		List<String> names = column(Dataset.NAME_BASICS, 1);

		assertThat(found(features, titles)).isEqualTo(new TreeSet<>(features.keySet()));
		assertThat(found(Map.of("middle initial", Pattern.compile(" [A-Z]\\. ").asPredicate(), "accented",
				Pattern.compile("[áéíóúñçãõäöüßåøæłśżźő]").asPredicate(), "nickname", (n) -> n.contains(" \"The "),
				"hyphenated surname", Pattern.compile("\\p{L}-\\p{Lu}").asPredicate(), "Cyrillic",
				Pattern.compile("\\p{IsCyrillic}").asPredicate()), names))
			.containsExactly("Cyrillic", "accented", "hyphenated surname", "middle initial", "nickname");
	}

	@Test
	void commandLineWritesImdbsScaleOnlyByNameAndNotBesideATitleCount(@TempDir Path dir) {
		assertThat(generate("--dir", dir.toString(), "--scale", "netflix"))
			.isEqualTo("2 marquee: --scale is 'imdb' (IMDb's 12.3 M titles), not 'netflix'");
		assertThat(generate("--dir", dir.toString(), "--scale", "imdb", "--titles", "10"))
			.isEqualTo("2 marquee: --scale and --titles both set the number of titles: give one");
		assertThat(dir).isEmptyDirectory();
	}

	private static String generate(String... options) {
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			List<String> args = new ArrayList<>(List.of("generate", "imdb"));
			args.addAll(List.of(options));
			int status = ImportsCommandLine.run(args.toArray(String[]::new), MarqueeApplication.class);
			return status + " " + captured.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
		}
		finally {
			System.setErr(err);
		}
	}

	private static TreeSet<String> found(Map<String, Predicate<String>> features, List<String> texts) {
		TreeSet<String> found = new TreeSet<>();
		features.forEach((feature, test) -> {
			if (texts.stream().anyMatch(test)) {
				found.add(feature);
			}
		});
		return found;
	}

	private static Map<String, Integer> countBy(Dataset dataset, int column) throws IOException {
		Map<String, Integer> counts = new HashMap<>();
		column(dataset, column).forEach((value) -> counts.merge(value, 1, Integer::sum));
		return counts;
	}

	private static int max(Map<String, Integer> counts) {
		return counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
	}

	private static List<String> column(Dataset dataset, int column) throws IOException {
		List<String> values = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(Files.newInputStream(shared.resolve(dataset.baseName() + ".tsv.gz"))),
				StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				values.add(line.split("\t", -1)[column]);
			}
		}
		return values;
	}

}
