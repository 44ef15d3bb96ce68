package dev.marquee.support.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/**
 * A resource as answered, with its version for the {@code ETag}.
 */
public record Versioned<V>(V view, long version) {

	public ResponseEntity<V> ok() {
		return ResponseEntity.ok().eTag(Preconditions.etag(this.version)).body(this.view);
	}

	/**
	 * 201 Created at this address.
	 */
	public ResponseEntity<V> created(String location) {
		return ResponseEntity.created(URI.create(location)).eTag(Preconditions.etag(this.version)).body(this.view);
	}

}
