package dev.marquee.search;

import dev.marquee.film.FilmType;
import dev.marquee.image.ImageSizes;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One search result; {@code kind} tells a film from a person.
 */
@Schema(description = "A search hit: a film or a person, told apart by kind.",
		oneOf = { SearchHit.FilmHit.class, SearchHit.PersonHit.class })
sealed interface SearchHit {

	/**
	 * A film whose title or one of whose alternate titles matched; {@code type} is the
	 * film's title type, as on the film.
	 */
	@Schema(description = "A film hit; type is the film's title type, as on the film; matched is the title or "
			+ "alternate title (AKA) that matched; poster is the URLs of its primary poster as listings show it (the "
			+ "one without text, else the one in its original language; null when it has none).")
	record FilmHit(@Schema(allowableValues = "film", example = "film") String kind, @Schema(example = "1") long id,
			@Schema(example = "tt3783958") String imdbId, @Schema(example = "La La Land") String title,
			@Schema(example = "2016") @Nullable Integer releaseYear, @Schema(example = "movie") FilmType type,
			@Schema(example = "LaLa Land") String matched, Match match,
			@Nullable ImageSizes poster) implements SearchHit {

		FilmHit(long id, String imdbId, String title, @Nullable Integer releaseYear, String type, String matched,
				Match match, @Nullable ImageSizes poster) {
			this("film", id, imdbId, title, releaseYear, FilmType.fromCode(type), matched, match, poster);
		}

	}

	/**
	 * A person whose name matched.
	 */
	@Schema(description = "A person hit.")
	record PersonHit(@Schema(allowableValues = "person", example = "person") String kind,
			@Schema(example = "2") long id, @Schema(example = "nm1297015") @Nullable String imdbId,
			@Schema(example = "Emma Stone") String name, @Schema(example = "Emma Stone") String matched,
			Match match) implements SearchHit {

		PersonHit(long id, @Nullable String imdbId, String name, Match match) {
			this("person", id, imdbId, name, name, match);
		}

	}

}
