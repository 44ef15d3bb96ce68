package dev.marquee.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seven IMDb dataset files, in the order they are imported: people and titles first,
 * so that everything after can resolve its references.
 */
public enum Dataset {

	NAME_BASICS("name.basics", "nconst", "primaryName", "birthYear", "deathYear", "primaryProfession",
			"knownForTitles"),

	TITLE_BASICS("title.basics", "tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear",
			"endYear", "runtimeMinutes", "genres"),

	TITLE_EPISODE("title.episode", "tconst", "parentTconst", "seasonNumber", "episodeNumber"),

	TITLE_RATINGS("title.ratings", "tconst", "averageRating", "numVotes"),

	TITLE_AKAS("title.akas", "titleId", "ordering", "title", "region", "language", "types", "attributes",
			"isOriginalTitle"),

	TITLE_CREW("title.crew", "tconst", "directors", "writers"),

	TITLE_PRINCIPALS("title.principals", "tconst", "ordering", "nconst", "category", "job", "characters");

	private final String baseName;

	private final List<String> columns;

	Dataset(String baseName, String... columns) {
		this.baseName = baseName;
		this.columns = List.of(columns);
	}

	/**
	 * IMDb's name of the file without extension, e.g. {@code title.basics}.
	 */
	public String baseName() {
		return this.baseName;
	}

	public List<String> columns() {
		return this.columns;
	}

	/**
	 * The header line a file of this dataset starts with.
	 */
	public String header() {
		return String.join("\t", this.columns);
	}

	String stagingTable() {
		return "imports_" + this.baseName.replace('.', '_');
	}

	/**
	 * The dataset a file name stands for: {@code title.basics.tsv.gz},
	 * {@code title.basics.tsv} or {@code title.basics.tsv.gzip}, case-insensitively.
	 */
	public static Optional<Dataset> forFileName(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		for (Dataset dataset : values()) {
			if (name.equals(dataset.baseName + ".tsv") || name.equals(dataset.baseName + ".tsv.gz")
					|| name.equals(dataset.baseName + ".tsv.gzip")) {
				return Optional.of(dataset);
			}
		}
		return Optional.empty();
	}

}
