package dev.marquee.films;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.Closest;
import dev.marquee.support.web.InvalidParam;
import org.jspecify.annotations.Nullable;

/**
 * The {@code include=} parameter: which sections of the title page to embed, each named
 * as its own resource's path ({@code /films/{id}/crazy-credits} ↔
 * {@code include=crazy-credits}).
 */
final class Includes {

	static final String ALL = "all";

	private Includes() {
	}

	/**
	 * The sections' names in their place order, as the documentation and problems list
	 * them.
	 */
	static String names(List<TitlePageSection> sections) {
		return sections.stream().map((section) -> section.embedding().name()).collect(Collectors.joining(", "));
	}

	/**
	 * Parses {@code include}: a comma-separated list of section names, or {@code all}.
	 * Blank or absent means none. Names are case-insensitive; repeats are harmless.
	 * @param sections every section, in their place order
	 * @return the sections asked for, in their place order
	 * @throws ApiException {@code invalid-parameter} naming every unknown value
	 */
	static List<TitlePageSection> parse(@Nullable String include, List<TitlePageSection> sections) {
		if (include == null || include.isBlank()) {
			return List.of();
		}
		Set<String> wanted = new HashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String raw : include.split(",", -1)) {
			String name = raw.trim().toLowerCase(Locale.ROOT);
			if (name.equals(ALL)) {
				sections.forEach((section) -> wanted.add(section.embedding().name()));
			}
			else if (sections.stream().anyMatch((section) -> section.embedding().name().equals(name))) {
				wanted.add(name);
			}
			else {
				unknown.add(raw.trim());
			}
		}
		if (!unknown.isEmpty()) {
			throw ApiException.invalidParameter(InvalidParam.query("include",
					"unknown section" + ((unknown.size() > 1) ? "s " : " ")
							+ unknown.stream().map((name) -> "'" + name + "'").collect(Collectors.joining(", "))
							+ "; expected a comma-separated list of " + names(sections) + ", or all"
							+ guesses(unknown, sections)));
		}
		return sections.stream().filter((section) -> wanted.contains(section.embedding().name())).toList();
	}

	/**
	 * {@code " (did you mean 'trivia'?)"} for one unknown name, {@code " (did you mean
	 * 'trivia' for 'trivai', 'goofs' for 'gofs'?)"} for several; nothing when none is
	 * close to a section's name.
	 */
	private static String guesses(List<String> unknown, List<TitlePageSection> sections) {
		List<String> names = new ArrayList<>(sections.stream().map((section) -> section.embedding().name()).toList());
		names.add(ALL);
		if (unknown.size() == 1) {
			return Closest.hint(unknown.get(0), names);
		}
		List<String> guesses = new ArrayList<>();
		for (String name : unknown) {
			String closest = Closest.to(name, names);
			if (closest != null) {
				guesses.add("'" + closest + "' for '" + name + "'");
			}
		}
		return guesses.isEmpty() ? "" : " (did you mean " + String.join(", ", guesses) + "?)";
	}

}
