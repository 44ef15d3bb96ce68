package dev.marquee.films;

import java.util.List;

import dev.marquee.support.web.ETags;
import tools.jackson.databind.JsonNode;

/**
 * A film's document, the film's version it was read at and what it shows of other
 * resources: together its ETag.
 */
record DocumentView(JsonNode document, long version, List<ETags.Shown> shown) {

	String etag() {
		return ETags.of(this.version, this.shown);
	}

}
