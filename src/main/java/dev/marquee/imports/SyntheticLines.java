package dev.marquee.imports;

import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

/**
 * The lines of one synthetic dataset file; see {@link SyntheticDatasets} for the shapes.
 */
final class SyntheticLines {

	private static final String[] FIRST_NAMES = { "Kálmán", "Amiée", "Zoë", "José", "Søren", "Łukasz", "François",
			"Emma", "Ryan", "Mia", "Sebastian", "Björn", "Chloë", "Ana", "John", "Li", "Ngọc", "Ψάπφω" };

	private static final String[] LAST_NAMES = { "Berkes", "Conn", "Gosling", "Stone", "Åkerman", "Müller", "O'Brien",
			"García", "Dvořák", "Smith", "Nakamura", "Kowalski", "Ødegaard", "Chazelle", "Nguyễn" };

	private static final String[] GENRES = { "Drama", "Comedy", "Romance", "Music", "Action", "Thriller", "Documentary",
			"Animation", "Crime", "Sci-Fi", "Horror", "Family" };

	private static final String[] PROFESSIONS = { "actor", "actress", "director", "writer", "producer", "composer",
			"cinematographer", "editor", "casting_director", "soundtrack", "miscellaneous" };

	private static final String[] REGIONS = { "US", "GB", "FR", "DE", "HU", "JP", "BR", "XWW", "SUHH", "IN", "CA" };

	private static final String[] LANGUAGES = { "en", "fr", "de", "hu", "ja", "pt", "cmn", "yue", "qbn" };

	private static final String[] AKA_TYPES = { "imdbDisplay", "alternative", "working", "festival", "dvd", "tv",
			"original" };

	private static final String[] OTHER_TYPES = { "movie", "movie", "movie", "short", "tvMovie", "video",
			"tvMiniSeries", "tvSpecial", "videoGame", "tvShort" };

	private final SyntheticDatasets.Options options;

	private final long people;

	private final Dataset dataset;

	SyntheticLines(SyntheticDatasets.Options options, long people, Dataset dataset) {
		this.options = options;
		this.people = people;
		this.dataset = dataset;
	}

	/**
	 * Writes the lines of the {@code index}th title (or person) and answers how many.
	 */
	int write(long index, SplittableRandom random, StringBuilder line, Writer out) throws IOException {
		return switch (this.dataset) {
			case NAME_BASICS -> emit(person(index, random), random, line, out, 2);
			case TITLE_BASICS -> emit(title(index, random), random, line, out, 5);
			case TITLE_EPISODE -> episode(index, random, line, out);
			case TITLE_RATINGS -> (random.nextDouble() < 0.6) ? rating(index, random, line, out) : 0;
			case TITLE_AKAS -> akas(index, random, line, out);
			case TITLE_CREW -> emit(new String[] { tt(index), names(random, 1 + random.nextInt(2), 0.1),
					names(random, random.nextInt(4), 0.3) }, random, line, out, -1);
			case TITLE_PRINCIPALS -> principals(index, random, line, out);
		};
	}

	private String[] person(long index, SplittableRandom random) {
		String birth = (random.nextDouble() < 0.4) ? String.valueOf(1900 + random.nextInt(105)) : null;
		String death = (birth != null && random.nextDouble() < 0.15)
				? String.valueOf(Integer.parseInt(birth) + 20 + random.nextInt(70)) : null;
		StringBuilder knownFor = new StringBuilder();
		for (int i = random.nextInt(5); i > 0; i--) {
			knownFor.append((knownFor.length() > 0) ? "," : "").append(tt(random.nextLong(this.options.titles())));
		}
		return new String[] { nm(index), personName(random), birth,
				(death != null && Integer.parseInt(death) > 2025) ? null : death,
				pick(random, PROFESSIONS, 1 + random.nextInt(3), ","),
				(knownFor.length() > 0) ? knownFor.toString() : null };
	}

	private String[] title(long index, SplittableRandom random) {
		String type = type(index);
		String title = titleText(random);
		int start = 1920 + random.nextInt(106);
		boolean series = type.startsWith("tvSeries") || type.equals("tvMiniSeries");
		return new String[] { tt(index), type, title, (random.nextDouble() < 0.15) ? titleText(random) : title,
				(random.nextDouble() < 0.02) ? "1" : "0", (random.nextDouble() < 0.05) ? null : String.valueOf(start),
				(series && random.nextBoolean()) ? String.valueOf(start + random.nextInt(12)) : null,
				(random.nextDouble() < 0.3) ? null : String.valueOf(1 + random.nextInt(200)),
				(random.nextDouble() < 0.1) ? null : pick(random, GENRES, 1 + random.nextInt(3), ",") };
	}

	private int episode(long index, SplittableRandom random, StringBuilder line, Writer out) throws IOException {
		if (!type(index).equals("tvEpisode")) {
			return 0;
		}
		return emit(
				new String[] { tt(index), tt(index - index % 10),
						(random.nextDouble() < 0.1) ? null : String.valueOf(1 + random.nextInt(10)),
						(random.nextDouble() < 0.1) ? null : String.valueOf(1 + random.nextInt(30)) },
				random, line, out, 2);
	}

	private int rating(long index, SplittableRandom random, StringBuilder line, Writer out) throws IOException {
		int tenths = 10 + random.nextInt(91);
		long votes = 5 + (long) (Math.pow(random.nextDouble(), 6) * 2_000_000);
		return emit(new String[] { tt(index), tenths / 10 + "." + tenths % 10, String.valueOf(votes) }, random, line,
				out, 1);
	}

	private int akas(long index, SplittableRandom random, StringBuilder line, Writer out) throws IOException {
		int count = random.nextInt(8);
		int written = 0;
		for (int ordering = 1; ordering <= count; ordering++) {
			boolean original = ordering == 1;
			written += emit(new String[] { tt(index), String.valueOf(ordering), titleText(random),
					original ? null : REGIONS[random.nextInt(REGIONS.length)],
					(original || random.nextDouble() < 0.6) ? null : LANGUAGES[random.nextInt(LANGUAGES.length)],
					original ? "original" : (random.nextDouble() < 0.5) ? null : pick(random, AKA_TYPES, 1, ","),
					(random.nextDouble() < 0.9) ? null : "literal English title", original ? "1" : "0" }, random, line,
					out, 1);
		}
		return written;
	}

	private int principals(long index, SplittableRandom random, StringBuilder line, Writer out) throws IOException {
		int count = 1 + random.nextInt(10);
		for (int ordering = 1; ordering <= count; ordering++) {
			double kind = random.nextDouble();
			String category;
			String job = null;
			String characters = null;
			if (kind < 0.6) {
				category = (kind < 0.28) ? "actor" : (kind < 0.55) ? "actress" : "self";
				characters = (random.nextDouble() < 0.15) ? null : characters(random);
			}
			else if (kind < 0.68) {
				category = "director";
			}
			else if (kind < 0.78) {
				category = "writer";
				job = (random.nextBoolean()) ? null : (random.nextBoolean()) ? "screenplay" : "novel";
			}
			else if (kind < 0.86) {
				category = "producer";
				job = (random.nextBoolean()) ? "producer" : "executive producer";
			}
			else {
				String[] others = { "composer", "cinematographer", "editor", "casting_director", "production_designer",
						"archive_footage" };
				category = others[random.nextInt(others.length)];
			}
			emit(new String[] { tt(index), String.valueOf(ordering), personRef(random), category, job, characters },
					random, line, out, 1);
		}
		return count;
	}

	private String characters(SplittableRandom random) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 1 + ((random.nextDouble() < 0.1) ? 1 : 0); i > 0; i--) {
			String name = switch (random.nextInt(12)) {
				case 0 -> "Bob \"Bobby\" " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
				case 1 -> "Back\\slash";
				case 2 -> "Self";
				default -> FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
			};
			json.append((json.length() > 1) ? "," : "")
				.append('"')
				.append(name.replace("\\", "\\\\").replace("\"", "\\\""))
				.append('"');
		}
		return json.append(']').toString();
	}

	private String names(SplittableRandom random, int count, double nullRate) {
		if (count == 0 || random.nextDouble() < nullRate) {
			return null;
		}
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < count; i++) {
			names.append((i > 0) ? "," : "").append(personRef(random));
		}
		return names.toString();
	}

	private String personRef(SplittableRandom random) {
		if (random.nextDouble() < this.options.malformedRate()) {
			return nm(this.people + random.nextInt(1000));
		}
		return nm(random.nextLong(this.people));
	}

	/**
	 * Joins the fields (null as {@code \N}) and, with the malformed rate, breaks the
	 * line: a missing column, a bad number in column {@code numeric}, a bad id, or (for
	 * principals) broken characters JSON.
	 */
	private int emit(String[] fields, SplittableRandom random, StringBuilder line, Writer out, int numeric)
			throws IOException {
		line.setLength(0);
		int columns = fields.length;
		if (random.nextDouble() < this.options.malformedRate()) {
			switch (random.nextInt(4)) {
				case 0 -> columns--;
				case 1 -> fields[(numeric >= 0) ? numeric : 0] = (numeric >= 0) ? "12x" : "tt12";
				case 2 -> fields[0] = "xx" + fields[0].substring(2);
				default -> {
					if (this.dataset == Dataset.TITLE_PRINCIPALS) {
						fields[5] = "[\"unclosed";
					}
					else {
						columns++;
					}
				}
			}
		}
		for (int i = 0; i < columns; i++) {
			String value = (i < fields.length) ? fields[i] : "extra";
			line.append((i > 0) ? "\t" : "").append((value != null) ? value : "\\N");
		}
		out.append(line).append('\n');
		return 1;
	}

	private String type(long index) {
		if (index % 10 == 0) {
			return "tvSeries";
		}
		SplittableRandom facts = new SplittableRandom(SyntheticDatasets.mix(this.options.seed() ^ 0x5EED) ^ index);
		return (facts.nextDouble() < 0.45) ? "tvEpisode" : OTHER_TYPES[facts.nextInt(OTHER_TYPES.length)];
	}

	private String titleText(SplittableRandom random) {
		String title = words(random);
		double odd = random.nextDouble();
		if (odd < 0.03) {
			return "The \"" + title + "\" Affair";
		}
		if (odd < 0.05) {
			return title + " \\ Part " + (1 + random.nextInt(9));
		}
		if (odd < 0.07) {
			return "It's " + title;
		}
		return title;
	}

	/**
	 * One to four words (two most often), a fifth of the time after "The".
	 */
	private static String words(SplittableRandom random) {
		double length = random.nextDouble();
		StringBuilder words = new StringBuilder((random.nextDouble() < 0.2) ? "The " : "")
			.append(SyntheticVocabulary.draw(random));
		for (int more = (length < 0.2) ? 0 : (length < 0.65) ? 1 : (length < 0.9) ? 2 : 3; more > 0; more--) {
			words.append(' ').append(SyntheticVocabulary.draw(random));
		}
		return words.toString();
	}

	private String personName(SplittableRandom random) {
		String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
				+ LAST_NAMES[random.nextInt(LAST_NAMES.length)];
		return (random.nextDouble() < 0.01) ? name.replace(" ", " \"The\" ") : name;
	}

	private static String pick(SplittableRandom random, String[] values, int count, String separator) {
		int start = random.nextInt(values.length);
		StringBuilder picked = new StringBuilder();
		for (int i = 0; i < Math.min(count, values.length); i++) {
			picked.append((i > 0) ? separator : "").append(values[(start + i) % values.length]);
		}
		return picked.toString();
	}

	private String tt(long index) {
		return id("tt", index);
	}

	private String nm(long index) {
		return id("nm", index);
	}

	private String id(String prefix, long index) {
		String digits = String.valueOf(this.options.firstId() + index);
		return prefix + "0".repeat(Math.max(0, 7 - digits.length())) + digits;
	}

}
