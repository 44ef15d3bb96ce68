package dev.marquee.support.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;

/**
 * A resource as answered, with its version and what it shows of other resources, for the
 * {@code ETag} ({@link ETags}).
 *
 * @param view the body
 * @param version the resource's own version, what {@code If-Match} takes
 * @param shown the resources the body shows something of, at the versions read
 */
public record Versioned<V>(V view, long version, List<ETags.Shown> shown) {

	/**
	 * A resource that shows nothing of others.
	 */
	public Versioned(V view, long version) {
		this(view, version, List.of());
	}

	public String etag() {
		return ETags.of(this.version, this.shown);
	}

	public ResponseEntity<V> ok() {
		return ResponseEntity.ok().eTag(etag()).body(this.view);
	}

	/**
	 * 201 Created at this address.
	 */
	public ResponseEntity<V> created(String location) {
		return ResponseEntity.created(URI.create(location)).eTag(etag()).body(this.view);
	}

}
