package dev.marquee.imports;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Validates the fields of one line of a dataset and writes them as a staging row. A field
 * that breaks the line (a bad id, number or JSON) throws {@link BadLineException}; a
 * value that is well-formed but refused by the schema (a year out of range, a region code
 * that is not one) becomes null and is counted as an adjustment.
 */
final class LineRules {

	private static final String NULL = "\\N";

	private static final Set<String> TITLE_TYPES = Set.of("movie", "short", "tvSeries", "tvMiniSeries", "tvEpisode",
			"tvMovie", "tvSpecial", "tvShort", "tvPilot", "video", "videoGame");

	private static final Pattern REGION = Pattern.compile("[A-Z]{2,4}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private static final Pattern RATING = Pattern.compile("[0-9]{1,2}(\\.[0-9])?");

	private LineRules() {
	}

	static void write(Dataset dataset, String[] f, long lineNo, CopyBuffer row, FileCounts counts)
			throws BadLineException, SQLException {
		row.number(lineNo);
		switch (dataset) {
			case NAME_BASICS -> {
				Integer birth = year(f[2], "birthYear", 1700, counts);
				Integer death = year(f[3], "deathYear", 1700, counts);
				if (death != null && birth != null && death < birth) {
					counts.adjusted("deathYear before birthYear, set to null");
					death = null;
				}
				row.text(id(f[0], "nm", "nconst"))
					.text(name(f[1], "primaryName", 500))
					.number(birth)
					.number(death)
					.array(list(f[4]))
					.array(ids(f[5], "tt", "knownForTitles"));
			}
			case TITLE_BASICS -> {
				String type = f[1];
				if (!TITLE_TYPES.contains(type)) {
					throw new BadLineException("unknown titleType '" + type + "'");
				}
				Integer start = year(f[5], "startYear", 1870, counts);
				Integer end = year(f[6], "endYear", 1870, counts);
				if (end != null && (start == null || end < start)) {
					counts.adjusted("endYear before startYear, set to null");
					end = null;
				}
				Integer runtime = integer(f[7], "runtimeMinutes");
				if (runtime != null && (runtime < 1 || runtime > 100_000)) {
					counts.adjusted("runtimeMinutes out of range, set to null");
					runtime = null;
				}
				row.text(id(f[0], "tt", "tconst"))
					.text(type)
					.text(name(f[2], "primaryTitle", 1000))
					.text(nullable(f[3]))
					.text(flag(f[4], "isAdult"))
					.number(start)
					.number(end)
					.number(runtime)
					.array(list(f[8]));
			}
			case TITLE_EPISODE -> row.text(id(f[0], "tt", "tconst"))
				.text(id(f[1], "tt", "parentTconst"))
				.number(natural(f[2], "seasonNumber", 0))
				.number(natural(f[3], "episodeNumber", 0));
			case TITLE_RATINGS ->
				row.text(id(f[0], "tt", "tconst")).number(rating(f[1])).number(natural(f[2], "numVotes", 0));
			case TITLE_AKAS -> {
				String region = nullable(f[3]);
				if (region != null && !REGION.matcher(region).matches()) {
					counts.adjusted("region not an ISO-like code, set to null");
					region = null;
				}
				String language = nullable(f[4]);
				if (language != null && !LANGUAGE.matcher(language).matches()) {
					counts.adjusted("language not an ISO 639 code, set to null");
					language = null;
				}
				row.text(id(f[0], "tt", "titleId"))
					.number(required(natural(f[1], "ordering", 1), "ordering"))
					.text(required(nullable(f[2]), "title"))
					.text(region)
					.text(language)
					.array(list(f[5]))
					.array(list(f[6]))
					.text(flag(f[7], "isOriginalTitle"));
			}
			case TITLE_CREW -> row.text(id(f[0], "tt", "tconst"))
				.array(ids(f[1], "nm", "directors"))
				.array(ids(f[2], "nm", "writers"));
			case TITLE_PRINCIPALS -> row.text(id(f[0], "tt", "tconst"))
				.number(required(natural(f[1], "ordering", 1), "ordering"))
				.text(id(f[2], "nm", "nconst"))
				.text(required(nullable(f[3]), "category"))
				.text(nullable(f[4]))
				.array(CharactersJson.parse(f[5]));
		}
	}

	static @Nullable String nullable(String value) {
		return NULL.equals(value) ? null : value;
	}

	private static <T> T required(@Nullable T value, String column) throws BadLineException {
		if (value == null) {
			throw new BadLineException(column + " is missing");
		}
		return value;
	}

	static String id(String value, String prefix, String column) throws BadLineException {
		if (!isId(value, prefix)) {
			throw new BadLineException(
					column + " '" + DatasetFiles.abbreviate(value, 40) + "' is not an id like " + prefix + "0000001");
		}
		return value;
	}

	static boolean isId(String value, String prefix) {
		int length = value.length();
		if (length < 9 || length > 12 || !value.startsWith(prefix)) {
			return false;
		}
		for (int i = 2; i < length; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static List<String> ids(String value, String prefix, String column) throws BadLineException {
		List<String> ids = list(value);
		for (String id : ids) {
			id(id, prefix, column);
		}
		return ids;
	}

	/**
	 * A comma-separated multi-value (IMDb separates some with U+0002 too), {@code \N} as
	 * empty.
	 */
	static List<String> list(String value) {
		if (NULL.equals(value) || value.isEmpty()) {
			return List.of();
		}
		List<String> values = new ArrayList<>(4);
		int start = 0;
		for (int i = 0; i <= value.length(); i++) {
			if (i == value.length() || value.charAt(i) == ',' || value.charAt(i) == '\u0002') {
				if (i > start) {
					values.add(value.substring(start, i));
				}
				start = i + 1;
			}
		}
		return values;
	}

	private static String name(String value, String column, int max) throws BadLineException {
		String name = required(nullable(value), column);
		if (name.isBlank() || name.length() > max) {
			throw new BadLineException(column + " must have 1 to " + max + " characters");
		}
		return name;
	}

	private static String flag(String value, String column) throws BadLineException {
		return switch (value) {
			case "0" -> "f";
			case "1" -> "t";
			default ->
				throw new BadLineException(column + " '" + DatasetFiles.abbreviate(value, 40) + "' is not 0 or 1");
		};
	}

	static @Nullable Integer integer(String value, String column) throws BadLineException {
		if (NULL.equals(value)) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new BadLineException(column + " '" + DatasetFiles.abbreviate(value, 40) + "' is not a whole number");
		}
	}

	private static @Nullable Integer natural(String value, String column, int min) throws BadLineException {
		Integer number = integer(value, column);
		if (number != null && number < min) {
			throw new BadLineException(column + " " + number + " is below " + min);
		}
		return number;
	}

	private static @Nullable Integer year(String value, String column, int min, FileCounts counts)
			throws BadLineException {
		Integer year = integer(value, column);
		if (year != null && (year < min || year > 2100)) {
			counts.adjusted(column + " outside " + min + "-2100, set to null");
			return null;
		}
		return year;
	}

	private static String rating(String value) throws BadLineException {
		if (!RATING.matcher(value).matches()) {
			throw new BadLineException(
					"averageRating '" + DatasetFiles.abbreviate(value, 40) + "' is not a number like 7.9");
		}
		double rating = Double.parseDouble(value);
		if (rating < 1 || rating > 10) {
			throw new BadLineException("averageRating " + value + " is not between 1.0 and 10.0");
		}
		return value;
	}

}
