package dev.marquee.section;

import org.jspecify.annotations.Nullable;

/**
 * A page of a section's list as asked for: its size, where it continues, and the list's
 * own filters as sent (each section reads those it takes, and ignores the others).
 */
public record SectionQuery(int size, @Nullable String after, @Nullable String sort, @Nullable String spoilers) {

	/**
	 * The {@code spoilers} parameter, for the sections that take it.
	 */
	public Spoilers spoilerFilter() {
		return Spoilers.parse(this.spoilers);
	}

}
