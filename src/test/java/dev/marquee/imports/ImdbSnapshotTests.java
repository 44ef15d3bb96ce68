package dev.marquee.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newer snapshot that no longer lists some titles: kept and counted by default, deleted
 * with their sections (never their people) when asked, each deletion an entry of the
 * change feed. Titles tt77….
 */
@MarqueeTest
class ImdbSnapshotTests {

	@Autowired
	ImdbImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path temp;

	private Path older;

	private Path newer;

	private Set<String> dropped;

	@BeforeEach
	void writeTwoSnapshots() throws IOException {
		this.older = this.temp.resolve("older");
		this.newer = Files.createDirectories(this.temp.resolve("newer"));
		SyntheticDatasets.generate(new SyntheticDatasets.Options(this.older, 200, 21, 0, true, 7_700_000));
		this.dropped = new LinkedHashSet<>();
		int n = 0;
		for (String line : lines(this.older.resolve("title.basics.tsv.gz"))) {
			if (!line.startsWith("tconst") && n++ % 20 == 7) {
				this.dropped.add(line.substring(0, line.indexOf('\t')));
			}
		}
		for (Dataset dataset : Dataset.values()) {
			String name = dataset.baseName() + ".tsv.gz";
			try (Writer out = new OutputStreamWriter(
					new GZIPOutputStream(Files.newOutputStream(this.newer.resolve(name))), StandardCharsets.UTF_8)) {
				for (String line : lines(this.older.resolve(name))) {
					if (dataset == Dataset.NAME_BASICS
							|| !this.dropped.contains(line.substring(0, line.indexOf('\t')))) {
						out.write(line + "\n");
					}
				}
			}
		}
	}

	@AfterEach
	void removeImportedData() {
		ImportChecksums.purge(this.jdbc, "^tt77", "^nm77");
	}

	@Test
	void titlesAbsentFromANewerSnapshotAreKeptAndCountedByDefault() throws Exception {
		this.importer.run(new ImportOptions(this.older, false), ImportListener.NONE);
		Map<String, Long> before = counts();
		long changes = changeEvents();

		ImportReport report = this.importer.run(new ImportOptions(this.newer, false), ImportListener.NONE);

		assertThat(this.dropped).hasSize(10);
		assertThat(titlesPhase(report)).isEqualTo(new PhaseReport("titles absent from the snapshot (kept)",
				Map.of("kept", 10L), titlesPhase(report).took()));
		assertThat(counts()).isEqualTo(before);
		assertThat(changeEvents()).as("nothing changed, nothing recorded").isEqualTo(changes);
	}

	@Test
	void titlesAbsentFromANewerSnapshotAreDeletedWithTheirSectionsButNotTheirPeopleWhenAsked() throws Exception {
		this.importer.run(new ImportOptions(this.older, false), ImportListener.NONE);
		Map<String, Long> before = counts();
		long changes = changeEvents();
		assertThat(before.get("dropped sections")).isPositive();

		ImportReport report = this.importer.run(new ImportOptions(this.newer, true), ImportListener.NONE);

		assertThat(titlesPhase(report)).isEqualTo(new PhaseReport("titles absent from the snapshot (deleted)",
				Map.of("deleted", 10L), titlesPhase(report).took()));
		assertThat(counts()).isEqualTo(Map.of("films", before.get("films") - 10, "dropped films", 0L,
				"dropped sections", 0L, "people", before.get("people")));
		assertThat(this.jdbc.queryForList(
				"SELECT action || ' ' || resource_type || ' ' || resource_key FROM change_event WHERE import_id = ?",
				String.class, report.id()))
			.containsExactlyInAnyOrderElementsOf(this.dropped.stream().map((tt) -> "delete film " + tt).toList());
		assertThat(changeEvents()).isEqualTo(changes + 10);

		ImportReport again = this.importer.run(new ImportOptions(this.newer, true), ImportListener.NONE);
		assertThat(titlesPhase(again).counts()).isEqualTo(Map.of("deleted", 0L));
		assertThat(changeEvents()).isEqualTo(changes + 10);
	}

	private Map<String, Long> counts() {
		String[] dropped = this.dropped.toArray(String[]::new);
		return Map.of("films", count("SELECT count(*) FROM film WHERE imdb_id LIKE 'tt77%'"), "dropped films",
				count("SELECT count(*) FROM film WHERE imdb_id = ANY (?)", (Object) dropped), "dropped sections",
				count("""
						SELECT (SELECT count(*) FROM cast_credit c JOIN film f ON f.id = c.film_id WHERE f.imdb_id = ANY (?))
						    + (SELECT count(*) FROM crew_credit c JOIN film f ON f.id = c.film_id WHERE f.imdb_id = ANY (?))
						    + (SELECT count(*) FROM alternate_title a JOIN film f ON f.id = a.film_id
						       WHERE f.imdb_id = ANY (?))""",
						dropped, dropped, dropped),
				"people", count("SELECT count(*) FROM person WHERE imdb_id LIKE 'nm77%'"));
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	private long changeEvents() {
		return count("SELECT count(*) FROM change_event");
	}

	private static PhaseReport titlesPhase(ImportReport report) {
		return report.phases().stream().filter((phase) -> phase.name().startsWith("titles absent")).findFirst().get();
	}

	private static java.util.List<String> lines(Path gz) throws IOException {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
			return reader.lines().toList();
		}
	}

}
