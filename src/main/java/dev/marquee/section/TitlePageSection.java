package dev.marquee.section;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A section of a film's title page as {@code include=} embeds it, offered by the
 * section's projection (a bean): where it stands, what it is called and its shape in the
 * film's schema ({@link Embedding}), and how one film's section is read. The title page
 * and its documentation find every section in {@link SectionRegistry#titlePage()}.
 */
public interface TitlePageSection {

	Embedding embedding();

	/**
	 * The film's section as the title page shows it, read in a fixed number of statements
	 * in the caller's transaction; {@code null} only for a {@link Shape#ONE_OR_NULL}
	 * section the film has not.
	 */
	@Nullable Object read(long filmId);

	/**
	 * How a section appears on the title page.
	 *
	 * @param place its place among the sections, in the answer and in every list of them
	 * (ascending)
	 * @param name its name in {@code include=}, also its path below the film
	 * ({@code crazy-credits})
	 * @param shape what the film's property holds
	 * @param view the record answered (one item of a list)
	 */
	record Embedding(int place, String name, Shape shape, Class<?> view) {

		/**
		 * The film's JSON property: the name in camel case ({@code crazyCredits}).
		 */
		public String property() {
			List<String> words = new ArrayList<>(List.of(this.name.split("-")));
			StringBuilder property = new StringBuilder(words.remove(0));
			words.forEach((word) -> property.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)));
			return property.toString();
		}

	}

	/**
	 * What a section's property holds.
	 */
	enum Shape {

		/**
		 * A list of items, {@code []} when the film has none.
		 */
		LIST,

		/**
		 * One object, always present.
		 */
		ONE,

		/**
		 * One object, {@code null} when the film has none.
		 */
		ONE_OR_NULL

	}

}
