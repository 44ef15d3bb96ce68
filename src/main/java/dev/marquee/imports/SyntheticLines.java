package dev.marquee.imports;

import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * The lines of one synthetic dataset file; see {@link SyntheticDatasets} for the shapes.
 */
final class SyntheticLines {

	private static final String[] GENRES = { "Drama", "Comedy", "Romance", "Music", "Action", "Thriller", "Documentary",
			"Animation", "Crime", "Sci-Fi", "Horror", "Family" };

	private static final String[] PROFESSIONS = { "actor", "actress", "director", "writer", "producer", "composer",
			"cinematographer", "editor", "casting_director", "soundtrack", "miscellaneous" };

	private static final String[] REGIONS = { "US", "GB", "FR", "DE", "HU", "JP", "BR", "XWW", "SUHH", "IN", "CA" };

	private static final String[] AKA_TYPES = { "imdbDisplay", "alternative", "working", "festival", "dvd", "tv",
			"original" };

	private final SyntheticDatasets.Options options;

	private final long people;

	private final Dataset dataset;

	private final SyntheticLayout layout;

	private final SyntheticDay day;

	/**
	 * Whether the line being written was removed by a day after the snapshot: it is drawn
	 * all the same (so the lines after it stay as they were) but not written.
	 */
	private boolean dropping;

	private long lastTitle = -1;

	private char[] chars = new char[512];

	private String lastTt = "";

	SyntheticLines(SyntheticDatasets.Options options, long people, Dataset dataset, SyntheticDay day) {
		this.options = options;
		this.people = people;
		this.dataset = dataset;
		this.layout = new SyntheticLayout(options.seed());
		this.day = day;
	}

	/**
	 * Writes the lines of the {@code index}th title (or person) and answers how many.
	 */
	int write(long index, SplittableRandom random, StringBuilder line, Writer out) throws IOException {
		if (this.dataset == Dataset.NAME_BASICS) {
			String[] person = person(index, random);
			SplittableRandom change = changed(index, 0);
			if (change != null) {
				person[1] = SyntheticNames.name(change);
			}
			this.dropping = removedPerson(index);
			return emit(person, random, line, out, 2);
		}
		SyntheticLayout.Title title = this.layout.next(index);
		boolean base = index < this.options.titles();
		this.dropping = base && !this.day.isSnapshot() && !title.isSeries()
				&& this.day.removed(Dataset.TITLE_BASICS, index, 0);
		boolean titleDropped = this.dropping;
		int written = switch (this.dataset) {
			case TITLE_BASICS -> emit(changedTitle(index, title(index, title, random)), random, line, out, 5);
			case TITLE_EPISODE -> episode(index, title, random, line, out);
			case TITLE_RATINGS -> (title.votes() > 0) ? rating(index, title, random, line, out) : 0;
			case TITLE_AKAS -> akas(index, title, random, line, out);
			case TITLE_CREW -> crew(index, random, line, out);
			case TITLE_PRINCIPALS -> principals(index, title, random, line, out);
			case NAME_BASICS -> throw new IllegalStateException();
		};
		return titleDropped ? 0 : written;
	}

	/**
	 * The generator of the line's last change after the snapshot, or {@code null}: only
	 * the snapshot's own titles and people change.
	 */
	private @Nullable SplittableRandom changed(long index, int line) {
		boolean base = index < ((this.dataset == Dataset.NAME_BASICS) ? this.people : this.options.titles());
		return (base && !this.day.isSnapshot()) ? this.day.changed(this.dataset, index, line) : null;
	}

	/**
	 * Whether a day after the snapshot removed the line (or the title it belongs to).
	 */
	private boolean removedLine(long index, int line) {
		return this.dropping || (!this.day.isSnapshot() && index < this.options.titles()
				&& this.day.removed(this.dataset, index, line));
	}

	private boolean removedPerson(long person) {
		return !this.day.isSnapshot() && person < this.people && this.day.removed(Dataset.NAME_BASICS, person, 0);
	}

	private String[] changedTitle(long index, String[] fields) {
		SplittableRandom change = changed(index, 0);
		if (change != null) {
			fields[7] = String.valueOf(201 + change.nextInt(100));
		}
		return fields;
	}

	private int crew(long index, SplittableRandom random, StringBuilder line, Writer out) throws IOException {
		String[] fields = { tt(index), names(random, 1 + random.nextInt(2), 0.1),
				names(random, random.nextInt(4), 0.3) };
		SplittableRandom change = changed(index, 0);
		if (change != null) {
			fields[2] = names(change, 1 + change.nextInt(2), 0);
		}
		boolean titleDropped = this.dropping;
		this.dropping = removedLine(index, 0);
		int written = emit(fields, random, line, out, -1);
		this.dropping = titleDropped;
		return written;
	}

	private String[] person(long index, SplittableRandom random) {
		String birth = (random.nextDouble() < 0.4) ? String.valueOf(1900 + random.nextInt(105)) : null;
		String death = (birth != null && random.nextDouble() < 0.15)
				? String.valueOf(Integer.parseInt(birth) + 20 + random.nextInt(70)) : null;
		StringBuilder knownFor = new StringBuilder();
		for (int i = random.nextInt(5); i > 0; i--) {
			knownFor.append((knownFor.length() > 0) ? "," : "").append(tt(random.nextLong(this.options.titles())));
		}
		// People added after the snapshot are numbered past the unknown ones that
		// malformed credits name.
		return new String[] { nm((index < this.people) ? index : index + 1000), SyntheticNames.name(random), birth,
				(death != null && Integer.parseInt(death) > 2025) ? null : death,
				pick(random, PROFESSIONS, 1 + random.nextInt(3), ","),
				(knownFor.length() > 0) ? knownFor.toString() : null };
	}

	private String[] title(long index, SyntheticLayout.Title title, SplittableRandom random) {
		String[] text = texts(index, title);
		int start = 1920 + random.nextInt(106);
		return new String[] { tt(index), title.type(), text[0], text[1], (random.nextDouble() < 0.02) ? "1" : "0",
				(random.nextDouble() < 0.05) ? null : String.valueOf(start),
				(title.isSeries() && random.nextBoolean()) ? String.valueOf(start + random.nextInt(12)) : null,
				(random.nextDouble() < 0.3) ? null : String.valueOf(1 + random.nextInt(200)),
				(random.nextDouble() < 0.1) ? null : pick(random, GENRES, 1 + random.nextInt(3), ",") };
	}

	/**
	 * The primary and original title of a title, from a generator of their own so that
	 * title.basics and title.akas agree: a title in another language than English has an
	 * English display title half the time, its original one in its language.
	 */
	private String[] texts(long index, SyntheticLayout.Title title) {
		SplittableRandom random = new SplittableRandom(
				SyntheticDatasets.mix(this.options.seed() ^ 0x7E47L) ^ SyntheticDatasets.mix(index));
		if (title.parent() >= 0) {
			String text = SyntheticTitles.episode(random, title.language(), title.season(), title.episode());
			return new String[] { text, text };
		}
		if (title.language() != SyntheticLanguage.ENGLISH && random.nextBoolean()) {
			String original = SyntheticTitles.title(random, title.language());
			return new String[] { SyntheticTitles.title(random, SyntheticLanguage.ENGLISH), original };
		}
		String primary = SyntheticTitles.title(random, title.language());
		return new String[] { primary,
				(random.nextDouble() < 0.03) ? SyntheticTitles.title(random, title.language()) : primary };
	}

	private int episode(long index, SyntheticLayout.Title title, SplittableRandom random, StringBuilder line,
			Writer out) throws IOException {
		if (title.parent() < 0) {
			return 0;
		}
		String[] fields = { tt(index), tt(title.parent()),
				(random.nextDouble() < 0.1) ? null : String.valueOf(title.season()),
				(random.nextDouble() < 0.1) ? null : String.valueOf(title.episode()) };
		SplittableRandom change = changed(index, 0);
		if (change != null) {
			fields[3] = String.valueOf(title.episode() + 1 + change.nextInt(5));
		}
		boolean titleDropped = this.dropping;
		this.dropping = removedLine(index, 0);
		int written = emit(fields, random, line, out, 2);
		this.dropping = titleDropped;
		return written;
	}

	private int rating(long index, SyntheticLayout.Title title, SplittableRandom random, StringBuilder line, Writer out)
			throws IOException {
		int tenths = 10 + random.nextInt(91);
		long votes = title.votes();
		SplittableRandom change = changed(index, 0);
		if (change != null) {
			tenths = 10 + change.nextInt(91);
			votes += 1 + change.nextInt(1000);
		}
		boolean titleDropped = this.dropping;
		this.dropping = removedLine(index, 0);
		int written = emit(new String[] { tt(index), tenths / 10 + "." + tenths % 10, String.valueOf(votes) }, random,
				line, out, 1);
		this.dropping = titleDropped;
		return written;
	}

	/**
	 * The original title first, then the title in other regions: the same, a variant or a
	 * translation, in the title's language two times in five.
	 */
	private int akas(long index, SyntheticLayout.Title title, SplittableRandom random, StringBuilder line, Writer out)
			throws IOException {
		if (title.alternates() == 0) {
			return 0;
		}
		String[] text = texts(index, title);
		boolean titleDropped = this.dropping;
		int written = 0;
		for (int ordering = 1; ordering <= title.alternates(); ordering++) {
			boolean original = ordering == 1;
			SyntheticLanguage language = (random.nextInt(5) < 2) ? title.language()
					: SyntheticLanguage.forTitle(random);
			String region = (random.nextInt(4) == 0) ? REGIONS[random.nextInt(REGIONS.length)] : language.region;
			String[] fields = { tt(index), String.valueOf(ordering),
					original ? text[1] : SyntheticTitles.alternate(random, text[0], language), original ? null : region,
					(original || random.nextDouble() < 0.6) ? null : language.code,
					original ? "original" : (random.nextDouble() < 0.5) ? null : pick(random, AKA_TYPES, 1, ","),
					(random.nextDouble() < 0.9) ? null : "literal English title", original ? "1" : "0" };
			SplittableRandom change = changed(index, ordering);
			if (change != null) {
				fields[2] = SyntheticTitles.alternate(change, text[0], SyntheticLanguage.forTitle(change));
				fields[6] = "new title";
			}
			this.dropping = removedLine(index, ordering);
			written += emit(fields, random, line, out, 1);
			this.dropping = titleDropped;
		}
		int added = (index < this.options.titles()) ? this.day.addedAfter(Dataset.TITLE_AKAS, index, title.alternates())
				: 0;
		for (int n = 1; n <= added; n++) {
			SplittableRandom addition = this.day.addition(Dataset.TITLE_AKAS, index, n);
			SyntheticLanguage language = SyntheticLanguage.forTitle(addition);
			written += emit(new String[] { tt(index), String.valueOf(title.alternates() + n),
					SyntheticTitles.alternate(addition, text[0], language), language.region, null, "alternative", null,
					"0" }, addition, line, out, 1);
		}
		return written;
	}

	private int principals(long index, SyntheticLayout.Title title, SplittableRandom random, StringBuilder line,
			Writer out) throws IOException {
		int count = title.principals();
		boolean titleDropped = this.dropping;
		int written = 0;
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
			long person = person(random);
			SplittableRandom change = changed(index, ordering);
			if (change != null && kind < 0.6) {
				characters = characters(change);
			}
			else if (change != null) {
				job = "additional " + category.replace('_', ' ');
			}
			this.dropping = removedLine(index, ordering) || removedPerson(person);
			written += emit(new String[] { tt(index), String.valueOf(ordering), nm(person), category, job, characters },
					random, line, out, 1);
			this.dropping = titleDropped;
		}
		int added = (index < this.options.titles()) ? this.day.addedAfter(Dataset.TITLE_PRINCIPALS, index, count) : 0;
		for (int n = 1; n <= added; n++) {
			SplittableRandom addition = this.day.addition(Dataset.TITLE_PRINCIPALS, index, n);
			long person = addition.nextLong(this.people);
			if (!removedPerson(person)) {
				written += emit(
						new String[] { tt(index), String.valueOf(count + n), nm(person),
								addition.nextBoolean() ? "actor" : "actress", null, characters(addition) },
						addition, line, out, 1);
			}
		}
		return written;
	}

	private String characters(SplittableRandom random) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 1 + ((random.nextDouble() < 0.1) ? 1 : 0); i > 0; i--) {
			String name = SyntheticNames.character(random);
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
			long person = person(random);
			if (!removedPerson(person)) {
				names.append((names.length() > 0) ? "," : "").append(nm(person));
			}
		}
		return (names.length() > 0) ? names.toString() : null;
	}

	/**
	 * A person credited: uniformly among all people two times in three, else with a
	 * density falling as one over the square root of the person's index, so that the
	 * first people have thousands of credits at IMDb's size (the long tail of prolific
	 * people).
	 */
	private long person(SplittableRandom random) {
		if (random.nextDouble() < this.options.malformedRate()) {
			return this.people + random.nextInt(1000);
		}
		if (random.nextDouble() < 0.35) {
			double draw = random.nextDouble();
			return (long) (this.people * draw * draw);
		}
		return random.nextLong(this.people);
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
		line.append('\n');
		if (this.chars.length < line.length()) {
			this.chars = new char[line.length() * 2];
		}
		if (this.dropping) {
			return 0;
		}
		line.getChars(0, line.length(), this.chars, 0);
		out.write(this.chars, 0, line.length());
		return 1;
	}

	private static String pick(SplittableRandom random, String[] values, int count, String separator) {
		int start = random.nextInt(values.length);
		StringBuilder picked = new StringBuilder();
		for (int i = 0; i < Math.min(count, values.length); i++) {
			picked.append((i > 0) ? separator : "").append(values[(start + i) % values.length]);
		}
		return picked.toString();
	}

	/**
	 * The id of a title; the last one is kept, as every line of a title repeats it.
	 */
	private String tt(long index) {
		if (index != this.lastTitle) {
			this.lastTitle = index;
			this.lastTt = id("tt", index);
		}
		return this.lastTt;
	}

	private String nm(long index) {
		return id("nm", index);
	}

	private String id(String prefix, long index) {
		long number = this.options.firstId() + index;
		StringBuilder id = new StringBuilder(12).append(prefix);
		for (long pad = 1_000_000; pad > number && pad > 1; pad /= 10) {
			id.append('0');
		}
		return id.append(number).toString();
	}

}
