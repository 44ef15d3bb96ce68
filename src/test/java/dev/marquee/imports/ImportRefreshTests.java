package dev.marquee.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.marquee.MarqueeTest;
import dev.marquee.support.web.Cursor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily refresh: a synthetic snapshot imported, then the files of the next day
 * ({@code generate --day 1}). The refresh writes exactly what the day changed, added and
 * removed (ending where a fresh import of the next day's files does), leaves every other
 * row as it was, records one feed entry per film or person it touched, blocks no reader,
 * and run again changes nothing. Titles tt71… (and tt70… for the fresh import).
 */
@MarqueeTest
class ImportRefreshTests {

	private static final int TITLES = 1500;

	private static final long SEED = 1;

	@TempDir
	static Path files;

	@Autowired
	ImdbImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvcTester mvc;

	@BeforeAll
	static void generateTwoDays() throws IOException {
		SyntheticDatasets
			.generate(new SyntheticDatasets.Options(files.resolve("day0"), TITLES, SEED, 0, true, 7_100_000, 0));
		SyntheticDatasets
			.generate(new SyntheticDatasets.Options(files.resolve("day1"), TITLES, SEED, 0, true, 7_100_000, 1));
		SyntheticDatasets
			.generate(new SyntheticDatasets.Options(files.resolve("day1-fresh"), TITLES, SEED, 0, true, 7_000_000, 1));
		SyntheticDatasets
			.generate(new SyntheticDatasets.Options(files.resolve("day0-fresh"), TITLES, SEED, 0, true, 7_000_000, 0));
		SyntheticDatasets
			.generate(new SyntheticDatasets.Options(files.resolve("day0-bad"), TITLES, SEED, 0.01, true, 7_100_000, 0));
	}

	@BeforeEach
	void importTheSnapshot() throws Exception {
		this.importer.run(new ImportOptions(files.resolve("day0"), true), ImportListener.NONE);
	}

	@AfterEach
	void removeImportedData() {
		ImportChecksums.purge(this.jdbc, "^tt7[01]", "^nm7[01]");
	}

	@Test
	void refreshWritesWhatTheNextDayChangedAddedAndRemovedAndNothingElse() throws Exception {
		Map<String, Row> filmsBefore = films("71");
		Map<String, Row> peopleBefore = people("71");
		Map<String, Row> childrenBefore = children("71");

		ImportReport refresh = this.importer.run(new ImportOptions(files.resolve("day1"), true), ImportListener.NONE);

		Map<String, Row> filmsAfter = films("71");
		Map<String, Row> peopleAfter = people("71");
		Map<String, Row> childrenAfter = children("71");
		Set<String> expected = new HashSet<>();
		expected.addAll(touched("film", filmsBefore, filmsAfter));
		expected.addAll(touched("person", peopleBefore, peopleAfter));
		assertThat(expected).as("the next day creates, updates and deletes films and people")
			.anyMatch((entry) -> entry.startsWith("create film"))
			.anyMatch((entry) -> entry.startsWith("update film"))
			.anyMatch((entry) -> entry.startsWith("delete film"))
			.anyMatch((entry) -> entry.startsWith("create person"))
			.anyMatch((entry) -> entry.startsWith("update person"))
			.anyMatch((entry) -> entry.startsWith("delete person"));
		assertThat(this.jdbc.queryForList("""
				SELECT action || ' ' || resource_type || ' ' || resource_key FROM change_event WHERE import_id = ?""",
				String.class, refresh.id()))
			.as("one feed entry per film or person touched")
			.containsExactlyInAnyOrderElementsOf(expected);
		assertUntouchedUnlessChanged(filmsBefore, filmsAfter);
		assertUntouchedUnlessChanged(peopleBefore, peopleAfter);
		assertUntouchedUnlessChanged(childrenBefore, childrenAfter);
		long rewritten = childrenAfter.entrySet()
			.stream()
			.filter((row) -> !row.getValue().sameWrite(childrenBefore.get(row.getKey())))
			.count();
		assertThat(rewritten).as("child rows updated or inserted")
			.isEqualTo(sum(refresh, "rows updated") + sum(refresh, "rows inserted"))
			.isPositive()
			.isLessThan(childrenBefore.size() / 50);

		this.importer.run(new ImportOptions(files.resolve("day1-fresh"), false), ImportListener.NONE);
		assertThat(content(filmsAfter)).as("the refresh ends where a fresh import of the next day does")
			.isEqualTo(content(films("70")));
		assertThat(content(peopleAfter)).isEqualTo(content(people("70")));
		assertThat(content(childrenAfter.values())).isEqualTo(content(children("70").values()));
	}

	/**
	 * A credit's copy of its film's year key (the filmography's order) is written with
	 * the credits of a first load, follows a film whose year an admin changed, and
	 * follows it back when a refresh brings the film back to its files.
	 */
	@Test
	void everyCreditCarriesItsFilmsYearKeyAfterAFirstLoadAndARefresh() throws Exception {
		String mismatched = """
				SELECT count(*) FROM (
				    SELECT c.film_year_key, c.film_id FROM cast_credit c
				    UNION ALL SELECT w.film_year_key, w.film_id FROM crew_credit w) k
				JOIN film f ON f.id = k.film_id
				WHERE f.imdb_id ~ '^tt71' AND k.film_year_key <> -coalesce(f.release_year, -1)""";
		String film = this.jdbc.queryForObject("""
				SELECT min(f.imdb_id) FROM film f WHERE f.imdb_id ~ '^tt71' AND f.release_year IS NOT NULL
				    AND EXISTS (SELECT 1 FROM cast_credit c WHERE c.film_id = f.id)
				    AND EXISTS (SELECT 1 FROM crew_credit c WHERE c.film_id = f.id)""", String.class);
		String keys = """
				SELECT array_agg(DISTINCT k.film_year_key) FROM (
				    SELECT c.film_year_key, c.film_id FROM cast_credit c
				    UNION ALL SELECT w.film_year_key, w.film_id FROM crew_credit w) k
				JOIN film f ON f.id = k.film_id WHERE f.imdb_id = ?""";
		Integer year = this.jdbc.queryForObject("SELECT release_year FROM film WHERE imdb_id = ?", Integer.class, film);
		assertThat(this.jdbc.queryForObject(mismatched, Long.class)).as("after the first load").isZero();

		this.jdbc.update("UPDATE film SET release_year = NULL WHERE imdb_id = ?", film);
		this.jdbc.update("""
				INSERT INTO change_event (action, resource_type, resource_id, resource_key)
				SELECT 'update', 'film', id, imdb_id FROM film WHERE imdb_id = ?""", film);
		assertThat(this.jdbc.queryForObject(keys, String.class, film)).as("undated").isEqualTo("{1}");

		this.importer.run(new ImportOptions(files.resolve("day1"), true), ImportListener.NONE);

		assertThat(this.jdbc.queryForObject("SELECT release_year FROM film WHERE imdb_id = ?", Integer.class, film))
			.isEqualTo(year);
		assertThat(this.jdbc.queryForObject(keys, String.class, film)).as("dated again").isEqualTo("{" + -year + "}");
		assertThat(this.jdbc.queryForObject(mismatched, Long.class)).as("after the refresh").isZero();
	}

	@Test
	void theChangeFeedAnswersTheRefreshsEntriesWithTheImportAsTheirSource() throws Exception {
		String start = latestCursor();

		ImportReport refresh = this.importer.run(new ImportOptions(files.resolve("day1"), true), ImportListener.NONE);

		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT tx_id::text AS tx, id, occurred_at, action, resource_type, resource_id, resource_key, import_id
				FROM change_event WHERE (tx_id, id) > (?::xid8, ?) ORDER BY tx_id, id""",
				Cursor.decode(start, "feed", 2).key(0), Cursor.decode(start, "feed", 2).longKey(1));
		assertThat(rows).isNotEmpty().allSatisfy((row) -> assertThat(row.get("import_id")).isEqualTo(refresh.id()));
		String after = start;
		for (int from = 0; from < rows.size(); from += 100) {
			List<Map<String, Object>> page = rows.subList(from, Math.min(rows.size(), from + 100));
			String next = (from + 100 < rows.size()) ? cursor(page.get(page.size() - 1)) : null;
			assertThat(this.mvc.get().uri("/api/v1/changes?size=100&after=" + after).exchange()).hasStatusOk()
				.bodyJson()
				.isStrictlyEqualTo("""
						{"items":[%s],"size":100,"nextCursor":%s,"next":%s,"total":null}""".formatted(
						page.stream().map(ImportRefreshTests::item).collect(Collectors.joining(",")), quoted(next),
						quoted((next != null) ? "http://localhost/api/v1/changes?size=100&after=" + next : null)));
			after = next;
		}
	}

	/**
	 * The same day's change, once against the last import's baseline (tt71) and once the
	 * full way (tt70, its baseline removed): the same films, people, credits and
	 * alternate titles, with the same versions, the same feed entries and the same counts
	 * of titles and people deleted or kept.
	 */
	@ParameterizedTest(name = "delete missing: {0}")
	@ValueSource(booleans = { true, false })
	void aRefreshAgainstTheBaselineWritesWhatAFullRefreshWrites(boolean deleteMissing) throws Exception {
		ImportReport refresh = this.importer.run(new ImportOptions(files.resolve("day1"), deleteMissing),
				ImportListener.NONE);
		assertThat(refresh.phases().get(0).name()).isEqualTo("changes since the last import");
		assertThat(refresh.unchanged()).as("lines compared, not staged").isGreaterThan(refresh.lines() * 3 / 4);
		assertThat(refresh.files()).allSatisfy(
				(file) -> assertThat(file.loaded() + file.unchanged()).isEqualTo(file.lines() - file.rejected()));
		Written refreshed = written(refresh, "71");

		this.importer.run(new ImportOptions(files.resolve("day0-fresh"), true), ImportListener.NONE);
		this.jdbc.update("DELETE FROM import_baseline");
		ImportReport full = this.importer.run(new ImportOptions(files.resolve("day1-fresh"), deleteMissing),
				ImportListener.NONE);

		assertThat(full.phases().get(0).name()).startsWith("changes since the last import: staging every line, ");
		assertThat(full.unchanged()).isZero();
		assertWroteTheSame(refresh, refreshed, full);
		assertThat(sum(refresh, deleteMissing ? "deleted" : "kept")).isPositive();
	}

	/**
	 * A title whose only change is one alternate title is staged from title.akas (and its
	 * title.basics line, which tells whether it is in the snapshot), nowhere else: its
	 * episode, rating and credits, not staged, stay as they are.
	 */
	@Test
	void aTitleWhoseOnlyChangeIsOneAlternateTitleIsStagedInTitleAkasAlone() throws Exception {
		String title = pick(Dataset.TITLE_AKAS, Dataset.TITLE_EPISODE, Dataset.TITLE_RATINGS, Dataset.TITLE_PRINCIPALS);
		ImportReport refresh = refreshAndCompareWithFull("one-aka", (dataset, lines, prefix) -> {
			if (dataset == Dataset.TITLE_AKAS) {
				int first = first(lines, "tt" + prefix + title);
				String[] fields = lines.get(first).split("\t", -1);
				fields[2] = fields[2] + " (re-released)";
				lines.set(first, String.join("\t", fields));
			}
		});
		assertThat(stagedTitles(refresh)).isEqualTo(Map.of("title.basics", 1L, "title.episode", 0L, "title.ratings", 0L,
				"title.akas", 1L, "title.crew", 0L, "title.principals", 0L, "every file", 0L));
		assertThat(loaded(refresh, Dataset.TITLE_PRINCIPALS)).isZero();
		assertThat(loaded(refresh, Dataset.TITLE_AKAS)).isPositive();
	}

	/**
	 * A title whose only change is its title.crew line (its directors now include its
	 * writers): staged in title.principals as well, since both make its crew, so the crew
	 * its principals give (a producer, a composer...) survives.
	 */
	@Test
	void aTitleWhoseOnlyChangeIsItsCrewLineKeepsTheCrewItsPrincipalsGive() throws Exception {
		String title = pick(Dataset.TITLE_CREW, Dataset.TITLE_PRINCIPALS, Dataset.TITLE_EPISODE);
		ImportReport refresh = refreshAndCompareWithFull("crew-line", (dataset, lines, prefix) -> {
			if (dataset == Dataset.TITLE_CREW) {
				int line = first(lines, "tt" + prefix + title);
				String[] fields = lines.get(line).split("\t", -1);
				fields[1] = fields[1].equals("\\N") ? fields[2] : fields[1] + "," + fields[2];
				lines.set(line, String.join("\t", fields));
			}
		});
		assertThat(stagedTitles(refresh)).isEqualTo(Map.of("title.basics", 1L, "title.episode", 0L, "title.ratings", 0L,
				"title.akas", 0L, "title.crew", 1L, "title.principals", 1L, "every file", 0L));
		assertThat(sum(refresh, "films replaced")).as("its crew rewritten, nothing else").isOne();
	}

	/**
	 * A principal removed from the middle of a title's cast deletes that credit alone:
	 * the credits billed after it keep their ids, content, versions and timestamps, where
	 * comparing the credits place by place would have rewritten each of them with the
	 * next one's person and character.
	 */
	@Test
	void aCastMemberRemovedFromTheMiddleOfACastDeletesThatCreditAlone() throws Exception {
		List<String> principals = lines(DatasetFiles.discover(files.resolve("day0"))
			.stream()
			.filter((file) -> file.dataset() == Dataset.TITLE_PRINCIPALS)
			.findFirst()
			.orElseThrow());
		Map<String, List<String>> castByTitle = new java.util.TreeMap<>();
		principals.stream()
			.skip(1)
			.filter((line) -> line.split("\t")[3].matches("actor|actress|self"))
			.forEach((line) -> castByTitle
				.computeIfAbsent(line.substring(4, line.indexOf('\t')), (t) -> new ArrayList<>())
				.add(line));
		Map.Entry<String, List<String>> title = castByTitle.entrySet()
			.stream()
			.filter((cast) -> cast.getValue().size() >= 4)
			.findFirst()
			.orElseThrow();
		String[] second = title.getValue().get(1).split("\t");
		Map<String, Row> before = children("71");

		ImportReport refresh = this.importer
			.run(new ImportOptions(edited("cast-middle", "day0", "71", (dataset, lines, prefix) -> {
				if (dataset == Dataset.TITLE_PRINCIPALS) {
					lines.removeIf((line) -> line.startsWith("tt" + prefix + title.getKey() + "\t" + second[1] + "\t"));
				}
			}), true), ImportListener.NONE);
		assertThat(refresh.phases().get(0).name()).isEqualTo("changes since the last import");

		Map<String, Row> after = children("71");
		Map<String, Row> removed = new HashMap<>(before);
		removed.keySet().removeAll(after.keySet());
		assertThat(removed.values()).singleElement()
			.extracting(Row::content)
			.asString()
			.startsWith("(%s,%s,%s,".formatted(title.getKey(), second[2].substring(4), second[1]));
		Map<String, Row> kept = new HashMap<>(before);
		kept.keySet().retainAll(after.keySet());
		assertThat(after).isEqualTo(kept);
		assertThat(sum(refresh, "rows deleted")).isOne();
		assertThat(sum(refresh, "rows updated")).isZero();
		assertThat(sum(refresh, "rows inserted")).isZero();
	}

	/**
	 * A title whose alternate titles all vanished from title.akas loses them, though it
	 * has no staged line left there.
	 */
	@Test
	void aTitleWhoseAlternateTitlesVanishedLosesThem() throws Exception {
		String title = pick(Dataset.TITLE_AKAS, Dataset.TITLE_PRINCIPALS);
		ImportReport refresh = refreshAndCompareWithFull("akas-vanished",
				(dataset, lines, prefix) -> remove(dataset, Dataset.TITLE_AKAS, lines, "tt" + prefix + title));
		assertThat(stagedTitles(refresh)).containsEntry("title.akas", 1L).containsEntry("title.principals", 0L);
		assertThat(loaded(refresh, Dataset.TITLE_AKAS)).isZero();
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM alternate_title a JOIN film f ON f.id = a.film_id WHERE f.imdb_id = ?""",
				Long.class, "tt70" + title))
			.isZero();
	}

	/**
	 * A title no longer an episode loses its series, one no longer rated its rating,
	 * though it has no staged line left in that file and is staged in no other child file
	 * ({@code other}).
	 */
	@ParameterizedTest
	@CsvSource({ "TITLE_EPISODE, TITLE_AKAS, episode-vanished", "TITLE_RATINGS, TITLE_EPISODE, rating-vanished" })
	void aTitleNoLongerAnEpisodeOrRatedLosesItsSeriesOrRating(Dataset gone, Dataset other, String name)
			throws Exception {
		String title = pick(gone, other);
		ImportReport refresh = refreshAndCompareWithFull(name,
				(dataset, lines, prefix) -> remove(dataset, gone, lines, "tt" + prefix + title));
		assertThat(stagedTitles(refresh)).containsEntry(gone.baseName(), 1L).containsEntry(other.baseName(), 0L);
		assertThat(sum(refresh, "cleared")).isOne();
	}

	/**
	 * A series absent from the next day's title.basics is deleted; its episodes, still in
	 * the snapshot and unchanged (so staged nowhere), lose it, each with a new version
	 * and a feed entry, as the full way does.
	 */
	@Test
	void theEpisodesOfADeletedSeriesLoseIt() throws Exception {
		Map<String, List<String>> episodesBySeries = new java.util.TreeMap<>();
		for (DatasetFiles.DatasetFile file : DatasetFiles.discover(files.resolve("day0"))) {
			if (file.dataset() == Dataset.TITLE_EPISODE) {
				lines(file).stream()
					.skip(1)
					.map((line) -> line.split("\t"))
					.forEach((fields) -> episodesBySeries
						.computeIfAbsent(fields[1].substring(4), (series) -> new ArrayList<>())
						.add(fields[0].substring(4)));
			}
		}
		String series = episodesBySeries.keySet().iterator().next();
		List<String> episodes = episodesBySeries.get(series);
		Map<String, Long> versionsBefore = new HashMap<>();

		ImportReport refresh = refreshAndCompareWithFull("series-deleted", (dataset, lines, prefix) -> {
			if (prefix.equals("70") && dataset == Dataset.TITLE_BASICS) {
				episodes.forEach((episode) -> versionsBefore.put(episode, this.jdbc
					.queryForObject("SELECT version FROM film WHERE imdb_id = ?", Long.class, "tt70" + episode)));
			}
			remove(dataset, Dataset.TITLE_BASICS, lines, "tt" + prefix + series);
		});

		assertThat(stagedTitles(refresh)).containsEntry("title.basics", 1L).containsEntry("title.episode", 0L);
		// The full way's films, which the refresh's equal (versions and feed entries
		// included).
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM film WHERE imdb_id = ?", Long.class, "tt70" + series))
			.isZero();
		for (String episode : episodes) {
			Map<String, Object> row = this.jdbc
				.queryForMap("SELECT series_film_id, version FROM film WHERE imdb_id = ?", "tt70" + episode);
			assertThat(row.get("series_film_id")).as(episode).isNull();
			assertThat(((Number) row.get("version")).longValue()).as(episode)
				.isEqualTo(versionsBefore.get(episode) + 1);
		}
	}

	/**
	 * A title's principals name a person name.basics does not list yet (the credit
	 * waits); the next day lists the person, the title's lines unchanged: its credit
	 * files are staged, since the reference resolves now.
	 */
	@Test
	void aNewPersonCreditedByAnUnchangedTitleGetsTheCredit() throws Exception {
		String title = pick(Dataset.TITLE_PRINCIPALS, Dataset.TITLE_AKAS);
		Edit unknown = (dataset, lines, prefix) -> {
			if (dataset == Dataset.TITLE_PRINCIPALS) {
				int line = first(lines, "tt" + prefix + title);
				String[] fields = lines.get(line).split("\t", -1);
				fields[2] = "nm" + prefix + "99999";
				fields[3] = "actor";
				lines.set(line, String.join("\t", fields));
			}
		};
		Edit listed = (dataset, lines, prefix) -> {
			unknown.apply(dataset, lines, prefix);
			if (dataset == Dataset.NAME_BASICS) {
				lines.add("nm" + prefix + "99999\tNew Person\t1990\t\\N\tactor\t\\N");
			}
		};
		ImportReport refresh = refreshAndCompareWithFull("new-person", unknown, listed);
		assertThat(stagedTitles(refresh)).containsEntry("title.principals", 1L)
			.containsEntry("title.akas", 0L)
			.containsEntry("every file", 0L);
		assertThat(refresh.phases().get(0).counts()).containsEntry("people staged", 1L);
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM cast_credit c JOIN person p ON p.id = c.person_id WHERE p.imdb_id = 'nm7099999'""",
				Long.class))
			.isOne();
	}

	/**
	 * Lines of a day's files, edited in place; the prefix of their ids ("71" or "70").
	 */
	@FunctionalInterface
	private interface Edit {

		void apply(Dataset dataset, List<String> lines, String prefix);

	}

	/**
	 * Each day, the snapshot's files edited: refreshed against the baseline (tt71), and
	 * imported the full way (tt70) after the same snapshot. The last refresh writes what
	 * the last full import writes: the same rows, versions and feed entries.
	 */
	private ImportReport refreshAndCompareWithFull(String name, Edit... days) throws Exception {
		ImportReport refresh = null;
		for (int day = 0; day < days.length; day++) {
			refresh = this.importer.run(new ImportOptions(edited(name + day, "day0", "71", days[day]), true),
					ImportListener.NONE);
			assertThat(refresh.phases().get(0).name()).isEqualTo("changes since the last import");
		}
		Written refreshed = written(refresh, "71");

		this.jdbc.update("DELETE FROM import_baseline");
		this.importer.run(new ImportOptions(files.resolve("day0-fresh"), true), ImportListener.NONE);
		ImportReport full = null;
		for (int day = 0; day < days.length; day++) {
			this.jdbc.update("DELETE FROM import_baseline");
			full = this.importer.run(
					new ImportOptions(edited(name + day + "-fresh", "day0-fresh", "70", days[day]), true),
					ImportListener.NONE);
			assertThat(full.unchanged()).isZero();
		}
		assertWroteTheSame(refresh, refreshed, full);
		return refresh;
	}

	/**
	 * What an import wrote, read back: its films, people and children with their versions
	 * (those whose ids start with {@code prefix}), and its feed entries.
	 */
	private record Written(Map<String, String> films, Map<String, String> people, List<String> children,
			Set<String> feed) {
	}

	private Written written(ImportReport report, String prefix) {
		return new Written(contentAndVersion(films(prefix)), contentAndVersion(people(prefix)),
				contentAndVersion(children(prefix).values()), feed(report, prefix));
	}

	/**
	 * The refresh against the baseline (tt71) wrote what the full import (tt70) wrote:
	 * the same rows, versions and feed entries, and the same counts of titles and people
	 * deleted, kept or cleared and of versions raised.
	 */
	private void assertWroteTheSame(ImportReport refresh, Written refreshed, ImportReport full) {
		assertThat(refreshed.feed()).isNotEmpty();
		assertThat(refreshed).isEqualTo(written(full, "70"));
		for (String count : List.of("deleted", "kept", "kept credited", "cleared", "raised")) {
			assertThat(sum(refresh, count)).as(count).isEqualTo(sum(full, count));
		}
	}

	private static Path edited(String name, String source, String prefix, Edit edit) throws IOException {
		Path folder = files.resolve(name);
		java.nio.file.Files.createDirectories(folder);
		for (DatasetFiles.DatasetFile file : DatasetFiles.discover(files.resolve(source))) {
			List<String> lines = lines(file);
			edit.apply(file.dataset(), lines, prefix);
			java.nio.file.Files.write(folder.resolve(file.dataset().baseName() + ".tsv"), lines);
		}
		return folder;
	}

	/**
	 * A file's lines, its header first, in a list the caller may change.
	 */
	private static List<String> lines(DatasetFiles.DatasetFile file) throws IOException {
		try (java.io.BufferedReader reader = DatasetFiles.reader(java.nio.file.Files.newInputStream(file.path()))) {
			return reader.lines().collect(Collectors.toCollection(ArrayList::new));
		}
	}

	/**
	 * A title of the snapshot (its id without "tt71") that has lines in each file given:
	 * in title.principals, crew other than directors and writers; in title.crew, writers.
	 */
	private static String pick(Dataset... datasets) throws IOException {
		Set<String> titles = null;
		for (DatasetFiles.DatasetFile file : DatasetFiles.discover(files.resolve("day0"))) {
			if (List.of(datasets).contains(file.dataset())) {
				Set<String> keys = new java.util.TreeSet<>();
				lines(file).stream()
					.skip(1)
					.filter((line) -> file.dataset() != Dataset.TITLE_PRINCIPALS
							|| !line.split("\t")[3].matches("actor|actress|self|director|writer"))
					.filter((line) -> file.dataset() != Dataset.TITLE_CREW || !line.split("\t")[2].equals("\\N"))
					.forEach((line) -> keys.add(line.substring(4, line.indexOf('\t'))));
				if (titles == null) {
					titles = keys;
				}
				else {
					titles.retainAll(keys);
				}
			}
		}
		assertThat(titles).as("a title with lines in %s", List.of(datasets)).isNotEmpty();
		return titles.iterator().next();
	}

	private static int first(List<String> lines, String key) {
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).startsWith(key + "\t")) {
				return i;
			}
		}
		throw new IllegalStateException("no line of " + key);
	}

	private static void remove(Dataset dataset, Dataset from, List<String> lines, String key) {
		if (dataset == from) {
			lines.removeIf((line) -> line.startsWith(key + "\t"));
		}
	}

	/**
	 * The titles the refresh staged, per file, and in every file.
	 */
	private static Map<String, Long> stagedTitles(ImportReport report) {
		Map<String, Long> staged = new HashMap<>();
		report.phases().get(0).counts().forEach((name, count) -> {
			if (name.endsWith(" titles staged")) {
				staged.put(name.substring(0, name.length() - " titles staged".length()), count);
			}
			else if (name.equals("titles staged in every file")) {
				staged.put("every file", count);
			}
		});
		return staged;
	}

	private static long loaded(ImportReport report, Dataset dataset) {
		return report.files().stream().filter((file) -> file.dataset() == dataset).mapToLong(FileReport::loaded).sum();
	}

	/**
	 * A baseline says what the database held after the import that wrote it: rows deleted
	 * since behind the importer's back (SQL) make it wrong, and the refresh goes the full
	 * way, which brings them back.
	 */
	@Test
	void rowsDeletedBehindTheImportersBackMakeTheRefreshGoTheFullWay() throws Exception {
		this.jdbc.update("DELETE FROM film WHERE imdb_id IN ('tt7100004', 'tt7100005')");

		ImportReport refresh = this.importer.run(new ImportOptions(files.resolve("day1"), true), ImportListener.NONE);

		assertThat(refresh.phases().get(0).name()).isEqualTo("changes since the last import: staging every line, "
				+ "films or people an import wrote were added or deleted since the last import ended");
		assertThat(refresh.unchanged()).isZero();
		this.importer.run(new ImportOptions(files.resolve("day1-fresh"), false), ImportListener.NONE);
		assertThat(content(films("71"))).isEqualTo(content(films("70")));
		assertThat(content(children("71").values())).isEqualTo(content(children("70").values()));
	}

	/**
	 * Files are compared with the baseline at once, on threads. When several changed too
	 * much for their changes to be staged, the refresh stages every line and the first of
	 * them in import order says why (title.ratings, compared last, before title.akas),
	 * whichever comparison ended first; every line is then written as the files say.
	 */
	@Test
	void filesThatChangedTooMuchMakeTheRefreshGoTheFullWayAndTheFirstOfThemSaysWhy() throws Exception {
		String rated = pick(Dataset.TITLE_RATINGS);
		Path day = edited("too-much", "day0", "71", (dataset, lines, prefix) -> {
			for (int i = 1; i < lines.size(); i++) {
				String[] fields = lines.get(i).split("\t", -1);
				if (dataset == Dataset.TITLE_RATINGS) {
					fields[2] = String.valueOf(Long.parseLong(fields[2]) + 1);
				}
				else if (dataset == Dataset.TITLE_AKAS) {
					fields[2] = fields[2] + " (re-released)";
				}
				lines.set(i, String.join("\t", fields));
			}
		});
		long votes = this.jdbc.queryForObject("SELECT rating_votes FROM film WHERE imdb_id = ?", Long.class,
				"tt71" + rated);

		ImportReport refresh = this.importer.run(new ImportOptions(day, true), ImportListener.NONE);

		assertThat(refresh.phases().get(0).name()).isEqualTo(
				"changes since the last import: staging every line, more than a quarter of title.ratings changed");
		assertThat(refresh.unchanged()).isZero();
		assertThat(
				this.jdbc.queryForObject("SELECT rating_votes FROM film WHERE imdb_id = ?", Long.class, "tt71" + rated))
			.isEqualTo(votes + 1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM alternate_title a JOIN film f ON f.id = a.film_id "
				+ "WHERE f.imdb_id LIKE 'tt71%' AND a.title NOT LIKE '% (re-released)'", Long.class))
			.isZero();
	}

	@Test
	void aBaselineTheDatabaseDoesNotRecordOrThisMachineDoesNotHaveIsNotUsed() throws Exception {
		UUID recorded = this.jdbc.queryForObject("SELECT id FROM import_baseline", UUID.class);
		Path folder = this.importer.baselineDirectory().resolve(recorded.toString());
		assertThat(folder).isDirectory();
		this.jdbc.update("UPDATE import_baseline SET id = gen_random_uuid()");

		ImportReport otherMachine = this.importer.run(new ImportOptions(files.resolve("day1"), true),
				ImportListener.NONE);

		assertThat(otherMachine.phases().get(0).name()).isEqualTo(
				"changes since the last import: staging every line, the last import's baseline is not on this machine");
		assertThat(otherMachine.unchanged()).isZero();
		assertThat(folder).as("a baseline no row names is never read again").exists();
		this.jdbc.update("DELETE FROM import_baseline");

		ImportReport noBaseline = this.importer.run(new ImportOptions(files.resolve("day1"), true),
				ImportListener.NONE);

		assertThat(noBaseline.phases().get(0).name()).isEqualTo(
				"changes since the last import: staging every line, no baseline: a first import, or the last one did not end");
		assertThat(sum(noBaseline, "inserted") + sum(noBaseline, "updated") + sum(noBaseline, "rows inserted"))
			.as("the first refresh wrote it all")
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM import_baseline", Long.class)).isOne();
		Baseline.remove(folder);
	}

	/**
	 * A film the API changed since the last import is staged whatever its lines say, so
	 * the refresh brings it back to the files as a full one does.
	 */
	@Test
	void aFilmTheApiChangedIsStagedAndBroughtBackToTheFiles() throws Exception {
		this.jdbc.update("UPDATE film SET title = 'Renamed by an admin' WHERE imdb_id = 'tt7100007'");
		this.jdbc.update("""
				INSERT INTO change_event (action, resource_type, resource_id, resource_key)
				SELECT 'update', 'film', id, imdb_id FROM film WHERE imdb_id = 'tt7100007'""");

		ImportReport refresh = this.importer.run(new ImportOptions(files.resolve("day1"), true), ImportListener.NONE);

		assertThat(refresh.phases().get(0).name()).isEqualTo("changes since the last import");
		assertThat(refresh.phases().get(0).counts()).containsEntry("forced by API changes", 1L);
		assertThat(feed(refresh, "71")).contains("update film 00007");
		this.importer.run(new ImportOptions(files.resolve("day1-fresh"), false), ImportListener.NONE);
		assertThat(this.jdbc.queryForObject("SELECT title FROM film WHERE imdb_id = 'tt7100007'", String.class))
			.isEqualTo(this.jdbc.queryForObject("SELECT title FROM film WHERE imdb_id = 'tt7000007'", String.class));
	}

	/**
	 * Key groups with a rejected line are staged again on every import, so every import
	 * reports its bad lines, as a full one does.
	 */
	@Test
	void rejectedLinesAreReportedAgainByARefreshAgainstTheBaseline() throws Exception {
		ImportReport first = this.importer.run(new ImportOptions(files.resolve("day0-bad"), false),
				ImportListener.NONE);
		ImportReport again = this.importer.run(new ImportOptions(files.resolve("day0-bad"), false),
				ImportListener.NONE);

		assertThat(again.phases().get(0).name()).isEqualTo("changes since the last import");
		assertThat(again.rejected()).isPositive().isEqualTo(first.rejected());
		assertThat(again.files()).extracting(FileReport::rejects)
			.isEqualTo(first.files().stream().map(FileReport::rejects).toList());
		assertThat(again.files()).extracting(FileReport::adjustments)
			.isEqualTo(first.files().stream().map(FileReport::adjustments).toList());
		assertThat(again.unchanged()).isPositive();
	}

	@Test
	void aSecondRunOfTheSameRefreshChangesNothingAndRecordsNothing() throws Exception {
		this.importer.run(new ImportOptions(files.resolve("day1"), true), ImportListener.NONE);
		ImportChecksums checksums = new ImportChecksums(this.jdbc);
		String afterRefresh = checksums.exact("71");
		long entries = this.jdbc.queryForObject("SELECT count(*) FROM change_event", Long.class);

		ImportReport again = this.importer.run(new ImportOptions(files.resolve("day1"), true), ImportListener.NONE);

		assertThat(again.unchanged()).as("nothing staged").isEqualTo(again.lines());
		assertThat(checksums.exact("71")).isEqualTo(afterRefresh);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM change_event", Long.class)).isEqualTo(entries);
		for (String written : List.of("inserted", "updated", "films replaced", "rows updated", "rows deleted",
				"rows inserted", "cleared", "deleted")) {
			assertThat(sum(again, written)).as(written).isZero();
		}
	}

	/**
	 * A reader holds a transaction open across the whole refresh, having read a film the
	 * way its title page does (film, people, credits, alternate titles): a refresh that
	 * took any lock conflicting with it (ACCESS EXCLUSIVE: TRUNCATE, DDL, a bulk write)
	 * would wait for it and never end. Meanwhile film-by-id reads go on, each allowed to
	 * wait at most a tenth of a second for a lock, and pg_locks is sampled for table
	 * locks that would make readers or writers of the catalogue wait. Only table locks
	 * count: a table growing takes its extension lock (locktype {@code extend}, shown as
	 * ExclusiveLock on the table) for an instant, and that lock makes no reader wait.
	 */
	@Test
	void aRefreshNeverMakesReadersWait() throws Exception {
		long film = this.jdbc.queryForObject("SELECT id FROM film WHERE imdb_id = 'tt7100000'", Long.class);
		String read = """
				SELECT f.title, p.name, c.characters, w.job, a.title FROM film f
				LEFT JOIN cast_credit c ON c.film_id = f.id LEFT JOIN person p ON p.id = c.person_id
				LEFT JOIN crew_credit w ON w.film_id = f.id LEFT JOIN alternate_title a ON a.film_id = f.id
				WHERE f.id = ?""";
		List<String> strongLocks = new ArrayList<>();
		int reads = 0;
		try (Connection holder = this.dataSource.getConnection(); Connection reader = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			query(holder, read, film);
			CompletableFuture<ImportReport> refresh = CompletableFuture.supplyAsync(() -> {
				try {
					return this.importer.run(new ImportOptions(files.resolve("day1"), true, ImportOptions.Bulk.AUTO),
							ImportListener.NONE);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			try (Statement statement = reader.createStatement()) {
				statement.execute("SET lock_timeout = '100ms'");
			}
			try {
				long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
				while (!refresh.isDone() && System.nanoTime() < deadline) {
					query(reader, read, film);
					reads++;
					strongLocks.addAll(this.jdbc.queryForList(
							"""
									SELECT l.mode || ' on ' || c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
									WHERE l.locktype = 'relation' AND l.pid <> pg_backend_pid() AND l.granted
									    AND l.mode IN ('ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock')
									    AND c.relname IN ('film', 'person', 'cast_credit', 'crew_credit', 'alternate_title')""",
							String.class));
				}
			}
			finally {
				// The connection goes back to the shared pool: a later test's writes
				// must not inherit the reader's short lock timeout.
				try (Statement statement = reader.createStatement()) {
					statement.execute("RESET lock_timeout");
				}
			}
			holder.commit();
			assertThat(refresh).as("the refresh ended while a reader held its transaction open").isDone();
			assertThat(refresh.get(0, TimeUnit.SECONDS).bulkTables()).isEmpty();
		}
		assertThat(reads).isPositive();
		assertThat(strongLocks).isEmpty();
	}

	private static void query(Connection connection, String sql, long id) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, id);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					rows.getString(1);
				}
			}
		}
	}

	/**
	 * A row's content by natural keys (no generated ids, the id prefix left out) and what
	 * its last write left: version and timestamp.
	 */
	private record Row(String content, long version, Object updatedAt) {

		boolean sameWrite(Row other) {
			return other != null && this.version == other.version && this.updatedAt.equals(other.updatedAt);
		}

	}

	private Map<String, Row> films(String prefix) {
		return rows(prefix, """
				SELECT substr(f.imdb_id, 5) AS key, concat_ws('|', row(f.title, f.original_title, f.type,
				    f.release_year, f.end_year, f.runtime_minutes, f.genres, f.adult, f.rating_average, f.rating_votes,
				    substr(s.imdb_id, 5), f.season_number, f.episode_number)::text,
				  (SELECT string_agg(row(substr(p.imdb_id, 5), c.billing_order, c.characters)::text, ','
				      ORDER BY c.billing_order, p.imdb_id)
				   FROM cast_credit c JOIN person p ON p.id = c.person_id WHERE c.film_id = f.id),
				  (SELECT string_agg(row(substr(p.imdb_id, 5), c.department, c.job, c.position)::text, ','
				      ORDER BY c.department, c.position)
				   FROM crew_credit c JOIN person p ON p.id = c.person_id WHERE c.film_id = f.id),
				  (SELECT string_agg(row(a.title, a.region, a.language, a.types, a.attributes, a.original)::text, ','
				      ORDER BY a.id)
				   FROM alternate_title a WHERE a.film_id = f.id)) AS content, f.version, f.updated_at
				FROM film f LEFT JOIN film s ON s.id = f.series_film_id WHERE f.imdb_id LIKE 'tt' || ? || '%'""");
	}

	private Map<String, Row> people(String prefix) {
		return rows(prefix, """
				SELECT substr(p.imdb_id, 5) AS key, row(p.name, p.birth_year, p.death_year, p.professions,
				    regexp_replace(array_to_string(p.known_for_imdb_ids, ','), 'tt7[01]', 'tt', 'g'))::text AS content,
				    p.version, p.updated_at
				FROM person p WHERE p.imdb_id LIKE 'nm' || ? || '%'""");
	}

	/**
	 * Credits and alternate titles, keyed by table and id (content by film and place).
	 */
	private Map<String, Row> children(String prefix) {
		return rows(prefix, """
				SELECT 'cast ' || c.id AS key, row(substr(f.imdb_id, 5), substr(p.imdb_id, 5), c.billing_order,
				    c.characters)::text AS content, c.version, c.updated_at
				FROM cast_credit c JOIN film f ON f.id = c.film_id JOIN person p ON p.id = c.person_id
				WHERE f.imdb_id LIKE 'tt' || ? || '%'
				UNION ALL
				SELECT 'crew ' || c.id, row(substr(f.imdb_id, 5), substr(p.imdb_id, 5), c.department, c.job,
				    c.position)::text, c.version, c.updated_at
				FROM crew_credit c JOIN film f ON f.id = c.film_id JOIN person p ON p.id = c.person_id
				WHERE f.imdb_id LIKE 'tt' || ? || '%'
				UNION ALL
				SELECT 'aka ' || a.id, row(substr(f.imdb_id, 5), rank() OVER (PARTITION BY a.film_id ORDER BY a.id),
				    a.title, a.region, a.language, a.types, a.attributes, a.original)::text, a.version, a.updated_at
				FROM alternate_title a JOIN film f ON f.id = a.film_id
				WHERE f.imdb_id LIKE 'tt' || ? || '%'""");
	}

	private Map<String, Row> rows(String prefix, String sql) {
		Object[] prefixes = new Object[(int) sql.chars().filter((c) -> c == '?').count()];
		java.util.Arrays.fill(prefixes, prefix);
		Map<String, Row> rows = new HashMap<>();
		this.jdbc.query(sql, (rs) -> {
			rows.put(rs.getString("key"),
					new Row(rs.getString("content"), rs.getLong("version"), rs.getObject("updated_at")));
		}, prefixes);
		return rows;
	}

	/**
	 * The feed entries a refresh from {@code before} to {@code after} should write:
	 * create, delete, and update where the content changed.
	 */
	private static Set<String> touched(String type, Map<String, Row> before, Map<String, Row> after) {
		String prefix = type.equals("film") ? "tt71" : "nm71";
		Set<String> entries = new HashSet<>();
		after.forEach((key, row) -> {
			Row old = before.get(key);
			if (old == null) {
				entries.add("create " + type + " " + prefix + key);
			}
			else if (!old.content().equals(row.content())) {
				entries.add("update " + type + " " + prefix + key);
			}
		});
		before.keySet()
			.stream()
			.filter((key) -> !after.containsKey(key))
			.forEach((key) -> entries.add("delete " + type + " " + prefix + key));
		return entries;
	}

	/**
	 * Every row whose content the refresh left as it was keeps its version and timestamp;
	 * every row whose content changed has a newer version.
	 */
	private static void assertUntouchedUnlessChanged(Map<String, Row> before, Map<String, Row> after) {
		after.forEach((key, row) -> {
			Row old = before.get(key);
			if (old != null && old.content().equals(row.content())) {
				assertThat(row.sameWrite(old)).as("%s unchanged, not rewritten", key).isTrue();
			}
			else if (old != null) {
				assertThat(row.version()).as("%s changed, new version", key).isGreaterThan(old.version());
			}
		});
	}

	private static Map<String, String> content(Map<String, Row> rows) {
		return rows.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().content()));
	}

	private static List<String> content(java.util.Collection<Row> rows) {
		return rows.stream().map(Row::content).sorted().toList();
	}

	private static List<String> contentAndVersion(java.util.Collection<Row> rows) {
		return rows.stream().map((row) -> row.content() + " v" + row.version()).sorted().toList();
	}

	private static Map<String, String> contentAndVersion(Map<String, Row> rows) {
		return rows.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> entry.getValue().content() + " v" + entry.getValue().version()));
	}

	/**
	 * The import's feed entries, the id prefix left out.
	 */
	private Set<String> feed(ImportReport report, String prefix) {
		return new HashSet<>(this.jdbc.queryForList("""
				SELECT action || ' ' || resource_type || ' ' || substr(resource_key, 5) FROM change_event
				WHERE import_id = ? AND resource_key LIKE '__' || ? || '%'""", String.class, report.id(), prefix));
	}

	private static long sum(ImportReport report, String count) {
		return report.phases().stream().mapToLong((phase) -> phase.counts().getOrDefault(count, 0L)).sum();
	}

	private String latestCursor() {
		List<Map<String, Object>> last = this.jdbc
			.queryForList("SELECT tx_id::text AS tx, id FROM change_event ORDER BY tx_id DESC, id DESC LIMIT 1");
		return last.isEmpty() ? Cursor.of("feed", 0, 0).encode() : cursor(last.get(0));
	}

	private static String cursor(Map<String, Object> row) {
		return Cursor.of("feed", row.get("tx"), row.get("id")).encode();
	}

	private static String quoted(String value) {
		return (value != null) ? "\"" + value + "\"" : "null";
	}

	private static String item(Map<String, Object> row) {
		return """
				{"id":%s,"occurredAt":"%s","action":"%s","resourceType":"%s","resourceId":%s,"key":"%s",
				 "source":"import","importId":"%s","cursor":"%s"}""".formatted(row.get("id"),
				((java.sql.Timestamp) row.get("occurred_at")).toInstant(), row.get("action"), row.get("resource_type"),
				row.get("resource_id"), row.get("resource_key"), row.get("import_id"), cursor(row));
	}

}
