package dev.marquee.section;

import org.springframework.http.ResponseEntity;

/**
 * A part a film has at most one of (box office figures, award summary) as
 * {@link SectionItems#put} stored it: created, or replaced.
 */
public record StoredPart<V>(VersionedItem<V> part, boolean created) {

	/**
	 * 201 Created with the part's {@code Location} when it was created, else 200; either
	 * with its version as {@code ETag}.
	 * @param location the part's path, as the request named the film
	 */
	public ResponseEntity<V> answer(String location) {
		return this.created ? this.part.versioned().created(location) : this.part.ok();
	}

}
