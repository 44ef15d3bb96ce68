package dev.marquee.image;

import java.util.EnumSet;
import java.util.Set;

/**
 * What images hang on: films, people and companies, each with the kinds of image it has,
 * the column of {@code image} naming it and how its id is written in a path.
 */
enum ImageOwner {

	FILM("film", "film_id", "tt", EnumSet.of(ImageKind.POSTER, ImageKind.BACKDROP, ImageKind.STILL, ImageKind.LOGO),
			"/api/v1/films/"),

	PERSON("person", "person_id", "nm", EnumSet.of(ImageKind.PROFILE), "/api/v1/people/"),

	COMPANY("company", "company_id", "co", EnumSet.of(ImageKind.LOGO), "/api/v1/companies/");

	private final String table;

	private final String column;

	private final String imdbPrefix;

	private final Set<ImageKind> kinds;

	private final String path;

	ImageOwner(String table, String column, String imdbPrefix, Set<ImageKind> kinds, String path) {
		this.table = table;
		this.column = column;
		this.imdbPrefix = imdbPrefix;
		this.kinds = kinds;
		this.path = path;
	}

	String table() {
		return this.table;
	}

	String column() {
		return this.column;
	}

	String imdbPrefix() {
		return this.imdbPrefix;
	}

	Set<ImageKind> kinds() {
		return this.kinds;
	}

	/**
	 * The path of the owner's images: {@code /api/v1/films/tt3783958/images}.
	 */
	String images(String id) {
		return this.path + id + "/images";
	}

}
