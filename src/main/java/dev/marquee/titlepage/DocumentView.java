package dev.marquee.titlepage;

import tools.jackson.databind.JsonNode;

/**
 * A film's document and the version it was read at (its ETag).
 */
record DocumentView(JsonNode document, long version) {
}
