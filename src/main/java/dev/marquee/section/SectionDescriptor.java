package dev.marquee.section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * What makes a section of a film's title page its own, and all there is to say about it
 * to serve and document its items at {@code /api/v1/films/{id}/<path>}: the rest is the
 * same for every section ({@link SectionItemController}).
 *
 * @param path the section's path below the film ({@code trivia},
 * {@code awards/nominations})
 * @param feedType the resource type of its items in the change feed ({@code trivia},
 * {@code award-nominations})
 * @param name one item in an operation id ({@code Trivia} in {@code getFilmTrivia})
 * @param item one item in words ({@code piece of trivia}, {@code user review})
 * @param items the section in words ({@code trivia}, {@code user reviews})
 * @param inputType the record of an item's writable fields, the body of POST and PUT
 * @param viewType an item as answered
 * @param listing what the section's list holds and in what order; empty when the items
 * are not listed on their own (award nominations are listed by {@code GET
 * /films/{id}/awards})
 * @param filters the list's own query parameters besides {@code size} and {@code after},
 * in their order
 * @param notes what an operation does for this section beyond what it does for every one
 */
public record SectionDescriptor(String path, String feedType, String name, String item, String items,
		Class<?> inputType, Class<?> viewType, String listing, List<Parameter> filters,
		Map<SectionOperation, String> notes) {

	/**
	 * A section whose items are not listed on their own, its change-feed type its path.
	 */
	public static SectionDescriptor of(String path, String name, String item, String items, Class<?> inputType,
			Class<?> viewType) {
		return new SectionDescriptor(path, path, name, item, items, inputType, viewType, "", List.of(),
				new EnumMap<>(SectionOperation.class));
	}

	/**
	 * The same section, listed at its path ({@code GET /films/{id}/<path>}).
	 */
	public SectionDescriptor listed(String listing, Parameter... filters) {
		return new SectionDescriptor(this.path, this.feedType, this.name, this.item, this.items, this.inputType,
				this.viewType, listing, List.copyOf(Arrays.asList(filters)), this.notes);
	}

	public SectionDescriptor recordedAs(String feedType) {
		return new SectionDescriptor(this.path, feedType, this.name, this.item, this.items, this.inputType,
				this.viewType, this.listing, this.filters, this.notes);
	}

	/**
	 * The same section, saying what adding (and each other operation given) does beyond
	 * the usual.
	 */
	public SectionDescriptor noting(SectionOperation operation, String note) {
		Map<SectionOperation, String> notes = new EnumMap<>(SectionOperation.class);
		notes.putAll(this.notes);
		notes.put(operation, note);
		return new SectionDescriptor(this.path, this.feedType, this.name, this.item, this.items, this.inputType,
				this.viewType, this.listing, this.filters, notes);
	}

	boolean isListed() {
		return !this.listing.isEmpty();
	}

	/**
	 * The section in an operation id ({@code ReleaseDates} in
	 * {@code listFilmReleaseDates}).
	 */
	String names() {
		List<String> words = new ArrayList<>();
		for (String word : this.path.split("[-/]")) {
			words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return String.join("", words);
	}

}
