package dev.marquee.film;

import java.net.URI;

import dev.marquee.support.web.Preconditions;

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
		if (!this.created) {
			return this.part.ok();
		}
		return ResponseEntity.created(URI.create(location))
			.eTag(Preconditions.etag(this.part.version()))
			.body(this.part.view());
	}

}
