package dev.marquee.films;

import java.math.BigDecimal;
import java.util.List;

import dev.marquee.award.AwardsInput;
import dev.marquee.boxoffice.BoxOfficeInput;
import dev.marquee.company.CompanyCreditInput;
import dev.marquee.credit.CastMemberInput;
import dev.marquee.credit.CrewMemberInput;
import dev.marquee.details.AlternateTitleInput;
import dev.marquee.details.LocationInput;
import dev.marquee.details.ReleaseDateInput;
import dev.marquee.didyouknow.ConnectionInput;
import dev.marquee.didyouknow.CrazyCreditInput;
import dev.marquee.didyouknow.GoofInput;
import dev.marquee.didyouknow.TriviaInput;
import dev.marquee.film.FilmType;
import dev.marquee.list.ListRefInput;
import dev.marquee.review.ReviewInput;
import dev.marquee.soundtrack.SoundtrackInput;
import dev.marquee.image.DocumentImage;
import dev.marquee.storyline.CertificationInput;
import dev.marquee.storyline.KeywordInput;
import dev.marquee.storyline.TaglineInput;
import dev.marquee.storyline.TranslationInput;
import dev.marquee.storyline.VideoInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A whole film in one JSON document: the {@code GET /api/v1/films/{id}?include=all}
 * answer without what the server assigns (ids, versions, timestamps), with people,
 * companies and lists referred to by IMDb id or name, and images by their stored files.
 * It is the one format a film travels in: the demo film ships as one, and the admin API
 * takes and gives them.
 */
@Schema(description = "A whole film: the include=all answer without server-assigned ids, versions and timestamps.")
@FilmYears.InOrder
public record FilmDocument(@NotNull @Pattern(regexp = "tt[0-9]{7,10}") String imdbId,
		@NotBlank @Size(max = 1000) String title, @Size(max = 1000) @Nullable String originalTitle,
		@NotNull FilmType type, @Min(1870) @Max(2100) @Nullable Integer releaseYear,
		@Schema(description = FilmYears.END_YEAR_DESCRIPTION) @Min(1870) @Max(2100) @Nullable Integer endYear,
		@Positive @Max(100000) @Nullable Integer runtimeMinutes, @Size(max = 20000) @Nullable String plot,
		@NotNull List<@NotBlank @Size(max = 100) String> genres, @NotNull @Valid RatingInput rating,
		@NotNull List<@Pattern(regexp = "[A-Z]{2}") String> countries,
		@NotNull List<@Pattern(regexp = "[a-z]{2,3}") String> languages,
		@NotNull @Valid TechnicalSpecsInput technicalSpecs, @NotNull List<@Valid OfficialSiteInput> officialSites,
		@Schema(description = "The film's ids in other catalogues; null or absent means none") @Valid @Nullable ExternalIdsInput externalIds,
		boolean adult, @NotNull List<@Valid CastMemberInput> cast, @NotNull List<@Valid CrewMemberInput> crew,
		@NotNull List<@Valid TriviaInput> trivia, @NotNull List<@Valid GoofInput> goofs,
		@NotNull List<@Valid CrazyCreditInput> crazyCredits, @NotNull List<@Valid ConnectionInput> connections,
		@NotNull List<@Valid SoundtrackInput> soundtracks, @NotNull List<@Valid ReviewInput> reviews,
		@Valid @Nullable BoxOfficeInput boxOffice, @NotNull @Valid AwardsInput awards,
		@NotNull List<@Valid LocationInput> locations, @NotNull List<@Valid AlternateTitleInput> alternateTitles,
		@NotNull List<@Valid ReleaseDateInput> releaseDates, @NotNull List<@Valid CompanyCreditInput> companies,
		@NotNull List<@Valid ListRefInput> lists,
		@Schema(description = "The film's taglines in order; null or absent means none") @Nullable List<@Valid TaglineInput> taglines,
		@Schema(description = "The film's certificates per country; null or absent means none") @Nullable List<@Valid CertificationInput> certifications,
		@Schema(description = "The film's keywords in order; null or absent means none") @Nullable List<@Valid KeywordInput> keywords,
		@Schema(description = "Links to the film's videos in order; null or absent means none") @Nullable List<@Valid VideoInput> videos,
		@Schema(description = "The film's title, plot and tagline in other languages, one per language; null or absent means none") @Nullable List<@Valid TranslationInput> translations,
		@Schema(description = "The film's images: stored files (uploaded with POST …/images, to this film or any "
				+ "other owner), each with its kind, language, primary flag and order; null or absent means none, and "
				+ "an image the document leaves out is detached (its file deleted when no image uses it any more)") @Nullable List<@Valid DocumentImage> images)
		implements
			FilmYears {

	public FilmDocument {
		externalIds = (externalIds != null) ? externalIds : new ExternalIdsInput(null, null);
		taglines = (taglines != null) ? taglines : List.of();
		certifications = (certifications != null) ? certifications : List.of();
		keywords = (keywords != null) ? keywords : List.of();
		videos = (videos != null) ? videos : List.of();
		translations = (translations != null) ? translations : List.of();
		images = (images != null) ? images : List.of();
	}

	public record RatingInput(@DecimalMin("1") @DecimalMax("10") @Nullable BigDecimal average,
			@PositiveOrZero int votes) {
	}

	public record TechnicalSpecsInput(@Size(max = 40) @Nullable String color,
			@NotNull List<@NotBlank @Size(max = 100) String> soundMixes, @Size(max = 20) @Nullable String aspectRatio) {
	}

	public record OfficialSiteInput(@NotBlank @Size(max = 200) String label,
			@NotBlank @Pattern(regexp = "https?://\\S+") @Size(max = 2000) String url) {
	}

	public record ExternalIdsInput(@Positive @Nullable Integer tmdb,
			@Pattern(regexp = "Q[1-9][0-9]*") @Nullable String wikidata) {
	}

}
