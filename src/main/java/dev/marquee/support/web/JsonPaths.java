package dev.marquee.support.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

/**
 * Names a place in a JSON body the way Bean Validation names properties:
 * {@code cast[0].creditedAs}.
 */
final class JsonPaths {

	private JsonPaths() {
	}

	static String of(@Nullable TokenStreamContext context) {
		Deque<String> segments = new ArrayDeque<>();
		for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inArray()) {
				segments.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
			}
			else if (at.currentName() != null) {
				segments.push("." + at.currentName());
			}
		}
		return strip(String.join("", segments));
	}

	static String of(List<JacksonException.Reference> path) {
		StringBuilder name = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				name.append('.').append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				name.append('[').append(reference.getIndex()).append(']');
			}
		}
		return strip(name.toString());
	}

	private static String strip(String name) {
		return name.startsWith(".") ? name.substring(1) : name;
	}

}
