package dev.marquee.support.web;

/**
 * One refused input: its name, where it was ({@code path}, {@code query}, {@code header}
 * or {@code body}, as OpenAPI says it), and why.
 */
public record InvalidParam(String name, String in, String message) {

	public static InvalidParam query(String name, String message) {
		return new InvalidParam(name, "query", message);
	}

	public static InvalidParam path(String name, String message) {
		return new InvalidParam(name, "path", message);
	}

	public static InvalidParam header(String name, String message) {
		return new InvalidParam(name, "header", message);
	}

	public static InvalidParam body(String name, String message) {
		return new InvalidParam(name, "body", message);
	}

}
