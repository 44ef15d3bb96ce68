package dev.marquee.film;

import dev.marquee.support.web.Preconditions;

import org.springframework.http.ResponseEntity;

/**
 * A section item as answered, with its version for the {@code ETag}.
 */
public record VersionedItem<V>(long id, long version, V view) {

	public ResponseEntity<V> ok() {
		return ResponseEntity.ok().eTag(Preconditions.etag(this.version)).body(this.view);
	}

	/**
	 * 201 Created, its {@code Location} the item's resource under the film as the request
	 * named it.
	 */
	public ResponseEntity<V> created(String filmId, String section) {
		return ResponseEntity.created(java.net.URI.create("/api/v1/films/" + filmId + "/" + section + "/" + this.id))
			.eTag(Preconditions.etag(this.version))
			.body(this.view);
	}

}
