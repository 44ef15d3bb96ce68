package dev.marquee.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The baseline of the last import, as the database records it ({@code import_baseline}):
 * which baseline folder matches what the database holds, for which files, and since when
 * the API's changes count. A baseline's files live in a folder named after its id under
 * the baseline directory; the row is written in the import's last transaction, after
 * every merge committed, and only then is the previous folder removed. An import killed
 * before that leaves the row pointing at the previous baseline, which the next run
 * compares with again.
 *
 * @param id the baseline's id, its folder's name
 * @param datasets the files the import read
 * @param keptTitles titles absent from the files that the import kept
 * @param keptPeople people absent from the files that the import kept
 * @param changesFrom the oldest transaction that may have been running when the import
 * started
 * @param films the films an import wrote that the database held when the baseline was
 * recorded
 * @param people the people an import wrote that it held
 */
record Baseline(UUID id, Set<Dataset> datasets, long keptTitles, long keptPeople, String changesFrom, long films,
		long people) {

	/**
	 * The baseline the database records, if any.
	 */
	static @Nullable Baseline recorded(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT id, datasets, kept_titles, kept_people, changes_from::text, films, people FROM import_baseline")) {
			if (!rows.next()) {
				return null;
			}
			Set<Dataset> datasets = new HashSet<>();
			for (String name : (String[]) rows.getArray(2).getArray()) {
				Arrays.stream(Dataset.values()).filter((d) -> d.baseName().equals(name)).forEach(datasets::add);
			}
			return new Baseline(rows.getObject(1, UUID.class), datasets, rows.getLong(3), rows.getLong(4),
					rows.getString(5), rows.getLong(6), rows.getLong(7));
		}
	}

	/**
	 * Where transactions that may still be running start: an import takes it before it
	 * reads anything, so the next one sees every API change it might have missed.
	 */
	static String changesFromNow(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")) {
			rows.next();
			return rows.getString(1);
		}
	}

	/**
	 * Replaces the recorded baseline, in the caller's transaction; with {@code null},
	 * only removes it.
	 */
	static void record(Connection connection, @Nullable Baseline baseline, UUID importId) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("DELETE FROM import_baseline");
		}
		if (baseline == null) {
			return;
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"""
						INSERT INTO import_baseline (id, import_id, datasets, kept_titles, kept_people, changes_from, films, people)
						SELECT ?, ?, ?, ?, ?, ?::xid8, (SELECT count(*) FROM film WHERE import_source = 'imdb'),
						    (SELECT count(*) FROM person WHERE import_source = 'imdb')""")) {
			insert.setObject(1, baseline.id());
			insert.setObject(2, importId);
			Array datasets = connection.createArrayOf("text",
					baseline.datasets().stream().sorted().map(Dataset::baseName).toArray());
			insert.setArray(3, datasets);
			insert.setLong(4, baseline.keptTitles());
			insert.setLong(5, baseline.keptPeople());
			insert.setString(6, baseline.changesFrom());
			insert.executeUpdate();
		}
	}

	/**
	 * Whether the database holds as many films and people an import wrote as when the
	 * baseline was recorded: if not, rows were deleted or added behind the importer's
	 * back, and the baseline says nothing about them.
	 */
	boolean countsMatch(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
				SELECT (SELECT count(*) FROM film WHERE import_source = 'imdb'),
				    (SELECT count(*) FROM person WHERE import_source = 'imdb')""")) {
			rows.next();
			return rows.getLong(1) == this.films && rows.getLong(2) == this.people;
		}
	}

	/**
	 * The IMDb ids of the films and people that the API created, changed or deleted since
	 * the baseline's import started (its sections' changes name their film): staged
	 * whatever their lines say, so the import brings them back to the files. Titles in
	 * {@code titles}, people in {@code people}.
	 */
	void changedByTheApi(Connection connection, Set<String> titles, Set<String> people) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				SELECT DISTINCT resource_key FROM change_event
				WHERE import_id IS NULL AND tx_id >= ?::xid8 AND resource_key IS NOT NULL""")) {
			statement.setString(1, this.changesFrom);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String key = rows.getString(1);
					if (LineRules.isId(key, "tt")) {
						titles.add(key);
					}
					else if (LineRules.isId(key, "nm")) {
						people.add(key);
					}
				}
			}
		}
	}

	Path folder(Path directory) {
		return directory.resolve(this.id.toString());
	}

	/**
	 * Removes a baseline's folder, as far as it can: a folder left behind is never read
	 * again, since no row names it.
	 */
	static void remove(Path folder) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
			for (Path path : all) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// best effort: see above
		}
	}

}
