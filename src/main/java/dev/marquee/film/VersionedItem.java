package dev.marquee.film;

import dev.marquee.support.web.Versioned;

import org.springframework.http.ResponseEntity;

/**
 * A section item as answered, with its id and its version for the {@code ETag}.
 */
public record VersionedItem<V>(long id, long version, V view) {

	public ResponseEntity<V> ok() {
		return versioned().ok();
	}

	/**
	 * 201 Created, its {@code Location} the item's resource under the film as the request
	 * named it.
	 */
	public ResponseEntity<V> created(String filmId, String section) {
		return versioned().created("/api/v1/films/" + filmId + "/" + section + "/" + this.id);
	}

	private Versioned<V> versioned() {
		return new Versioned<>(this.view, this.version);
	}

}
