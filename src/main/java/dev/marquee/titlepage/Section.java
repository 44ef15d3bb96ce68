package dev.marquee.titlepage;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidParam;
import org.jspecify.annotations.Nullable;

/**
 * The sections of a title page that {@code include=} can embed. Each is named as its own
 * resource's path ({@code /films/{id}/crazy-credits} ↔ {@code include=crazy-credits}).
 */
enum Section {

	CAST("cast"), CREW("crew"), TRIVIA("trivia"), GOOFS("goofs"), CRAZY_CREDITS("crazy-credits"),
	CONNECTIONS("connections"), SOUNDTRACKS("soundtracks"), REVIEWS("reviews"), BOX_OFFICE("box-office"),
	AWARDS("awards"), LOCATIONS("locations"), ALTERNATE_TITLES("alternate-titles"), RELEASE_DATES("release-dates"),
	COMPANIES("companies"), LISTS("lists");

	static final String ALL = "all";

	private final String path;

	Section(String path) {
		this.path = path;
	}

	String path() {
		return this.path;
	}

	static String names() {
		return Arrays.stream(values()).map(Section::path).collect(Collectors.joining(", "));
	}

	/**
	 * Parses {@code include}: a comma-separated list of section names, or {@code all}.
	 * Blank or absent means none. Names are case-insensitive; repeats are harmless.
	 * @throws ApiException {@code invalid-parameter} naming every unknown value
	 */
	static Set<Section> parse(@Nullable String include) {
		Set<Section> sections = EnumSet.noneOf(Section.class);
		if (include == null || include.isBlank()) {
			return sections;
		}
		List<String> unknown = new java.util.ArrayList<>();
		for (String raw : include.split(",", -1)) {
			String name = raw.trim().toLowerCase(Locale.ROOT);
			if (name.equals(ALL)) {
				sections.addAll(EnumSet.allOf(Section.class));
				continue;
			}
			Arrays.stream(values())
				.filter((section) -> section.path.equals(name))
				.findFirst()
				.ifPresentOrElse(sections::add, () -> unknown.add(raw.trim()));
		}
		if (!unknown.isEmpty()) {
			throw ApiException.invalidParameter(InvalidParam.query("include",
					"unknown section" + ((unknown.size() > 1) ? "s " : " ")
							+ unknown.stream().map((name) -> "'" + name + "'").collect(Collectors.joining(", "))
							+ "; expected a comma-separated list of " + names() + ", or all"));
		}
		return sections;
	}

}
