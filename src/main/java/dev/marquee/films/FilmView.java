package dev.marquee.films;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.marquee.film.Film;
import dev.marquee.film.FilmType;
import dev.marquee.section.TitlePageSection;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A film and whichever sections of its title page were asked for with {@code include=}. A
 * section that was not asked for is absent; one that was asked for and is empty is
 * {@code []} (or {@code null} for box office).
 */
@Schema(name = "Film", description = "A film; sections appear when named in include=, absent otherwise.")
@JsonPropertyOrder({ "id", "imdbId", "title", "originalTitle", "type", "releaseYear", "endYear", "runtimeMinutes",
		"plot", "translation", "genres", "rating", "countries", "languages", "technicalSpecs", "officialSites",
		"externalIds", "adult", "version", "createdAt", "updatedAt", "episodeOf" })
public record FilmView(@Schema(example = "1") long id, @Schema(example = "tt3783958") String imdbId,
		@Schema(example = "La La Land") String title, @Schema(example = "La La Land") @Nullable String originalTitle,
		@Schema(example = "movie") FilmType type, @Schema(example = "2016") @Nullable Integer releaseYear,
		@Schema(example = "null") @Nullable Integer endYear, @Schema(example = "128") @Nullable Integer runtimeMinutes,
		@Nullable String plot, @Schema(example = "[\"Comedy\", \"Drama\", \"Music\", \"Romance\"]") List<String> genres,
		Rating rating,
		@Schema(description = "ISO 3166-1 alpha-2 countries of origin",
				example = "[\"US\", \"HK\"]") List<String> countries,
		@Schema(description = "ISO 639 language codes", example = "[\"en\"]") List<String> languages,
		TechnicalSpecs technicalSpecs, List<OfficialSiteView> officialSites, ExternalIds externalIds, boolean adult,
		@Schema(description = "Changes on every edit; the ETag of the film") long version, Instant createdAt,
		Instant updatedAt, @Nullable EpisodeOf episodeOf,
		@Schema(description = "Present when a language was asked for (language= or Accept-Language): which language "
				+ "the title, plot and tagline are served in") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Translation translation,
		@JsonIgnore Map<String, @Nullable Object> sections) {

	/**
	 * This film with the given sections, by JSON property in their place order; each
	 * section's property and schema come from its {@link TitlePageSection}.
	 */
	FilmView withSections(Map<String, @Nullable Object> sections) {
		return new FilmView(this.id, this.imdbId, this.title, this.originalTitle, this.type, this.releaseYear,
				this.endYear, this.runtimeMinutes, this.plot, this.genres, this.rating, this.countries, this.languages,
				this.technicalSpecs, this.officialSites, this.externalIds, this.adult, this.version, this.createdAt,
				this.updatedAt, this.episodeOf, this.translation,
				Collections.unmodifiableMap(new LinkedHashMap<>(sections)));
	}

	/**
	 * This film with its title and plot as the translation gives them (the original's
	 * where it gives none), saying which language they are in.
	 */
	FilmView translated(@Nullable String title, @Nullable String plot, Translation translation) {
		return new FilmView(this.id, this.imdbId, (title != null) ? title : this.title, this.originalTitle, this.type,
				this.releaseYear, this.endYear, this.runtimeMinutes, (plot != null) ? plot : this.plot, this.genres,
				this.rating, this.countries, this.languages, this.technicalSpecs, this.officialSites, this.externalIds,
				this.adult, this.version, this.createdAt, this.updatedAt, this.episodeOf, translation, this.sections);
	}

	/**
	 * The sections asked for, written after the film's own fields: absent when not asked
	 * for, {@code []} (or {@code null} for box office) when asked for and empty.
	 */
	@JsonAnyGetter
	public Map<String, @Nullable Object> embeddedSections() {
		return this.sections;
	}

	@Schema(description = "The language the title, plot and tagline are served in, for a language asked for: a "
			+ "translation's (its title and plot replace the original's where it has them), else the film's original "
			+ "language.")
	public record Translation(@Schema(
			description = "BCP 47 tag of the language served; null when the original is served and its language "
					+ "is not known",
			example = "de") @Nullable String language,
			@Schema(description = "Whether a translation is served (false: the original)",
					example = "true") boolean translated,
			@Schema(description = "The translation's tagline; null when the original is served or the translation has "
					+ "none (the original's are the taglines section)",
					example = "Auf die Narren, die träumen.") @Nullable String tagline) {
	}

	@Schema(description = "IMDb-style user rating; average is null until someone votes.")
	public record Rating(@Schema(example = "8.0", minimum = "1", maximum = "10") java.math.@Nullable BigDecimal average,
			@Schema(example = "700000") int votes) {
	}

	@Schema(description = "Technical specifications.")
	public record TechnicalSpecs(@Schema(example = "Color") @Nullable String color,
			@Schema(example = "[\"Dolby Digital\"]") List<String> soundMixes,
			@Schema(example = "2.55 : 1") @Nullable String aspectRatio) {
	}

	@Schema(description = "An official site of the film.")
	public record OfficialSiteView(@Schema(example = "Official site (Lionsgate)") String label,
			@Schema(example = "https://www.lionsgate.com/movies/la-la-land") String url) {
	}

	@Schema(description = "The film's ids in other catalogues (its IMDb id is imdbId).")
	public record ExternalIds(@Schema(example = "313369") @Nullable Integer tmdb,
			@Schema(example = "Q20538921") @Nullable String wikidata) {
	}

}
