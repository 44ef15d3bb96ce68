package dev.marquee.section;

import java.util.List;

import dev.marquee.support.web.ETags;
import dev.marquee.support.web.Versioned;

import org.springframework.http.ResponseEntity;

/**
 * A section item as answered, with its id, its version and what it shows of other
 * resources, for the {@code ETag}.
 */
public record VersionedItem<V>(long id, long version, V view, List<ETags.Shown> shown) {

	/**
	 * An item that shows nothing of other resources.
	 */
	public VersionedItem(long id, long version, V view) {
		this(id, version, view, List.of());
	}

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

	Versioned<V> versioned() {
		return new Versioned<>(this.view, this.version, this.shown);
	}

}
