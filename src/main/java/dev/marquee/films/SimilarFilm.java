package dev.marquee.films;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.marquee.person.PersonRef;
import dev.marquee.storyline.KeywordRef;
import dev.marquee.storyline.Translations;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A film like another, with how alike they are and why; and, not answered, the titles of
 * its translations, from which its title is chosen for the language asked for
 * ({@link #inLanguage}).
 */
@Schema(description = "A film like the one asked about: its summary (its title in the language asked for, as the "
		+ "film's own title is chosen), how alike (score) and which facts they share.")
public record SimilarFilm(FilmSummary film,
		@Schema(description = "(3 × people + 2 × keywords + genres shared) × (1 + log10(1 + votes) / 2): facts shared, "
				+ "weighted by the film's popularity; the list is in this order", example = "31.214") BigDecimal score,
		SharedFacts shared, @JsonIgnore Titles titles) {

	/**
	 * This film with its title in the languages asked for, the preferred first: the title
	 * of the translation that would serve its own title page
	 * ({@link Translations#choose}), else (no such translation, or one without a title)
	 * its original title.
	 */
	SimilarFilm inLanguage(List<String> asked) {
		String title = Translations
			.choose(this.titles.translations(), TranslatedTitle::language, asked, this.titles.originalLanguage())
			.map(TranslatedTitle::title)
			.orElse(null);
		return (title != null) ? new SimilarFilm(this.film.withTitle(title), this.score, this.shared, this.titles)
				: this;
	}

	@Schema(description = "What the two films share: keywords (by slug), genres (in the film's order) and people "
			+ "credited on both (by name).")
	public record SharedFacts(List<KeywordRef> keywords,
			@Schema(example = "[\"Drama\", \"Music\"]") List<String> genres, List<PersonRef> people) {
	}

	/**
	 * The film's original language (its first), when known, and the title of each of its
	 * translations ({@code null} for one that gives none).
	 */
	record Titles(@Nullable String originalLanguage, List<TranslatedTitle> translations) {

	}

	/**
	 * A translation's language and title.
	 */
	record TranslatedTitle(String language, @Nullable String title) {

	}

}
