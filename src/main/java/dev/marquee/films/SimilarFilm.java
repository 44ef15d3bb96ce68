package dev.marquee.films;

import java.math.BigDecimal;
import java.util.List;

import dev.marquee.person.PersonRef;
import dev.marquee.storyline.KeywordRef;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A film like another, with how alike they are and why.
 */
@Schema(description = "A film like the one asked about: its summary, how alike (score) and which facts they share.")
public record SimilarFilm(FilmSummary film,
		@Schema(description = "(3 × people + 2 × keywords + genres shared) × (1 + log10(1 + votes) / 2): facts shared, "
				+ "weighted by the film's popularity; the list is in this order", example = "31.214") BigDecimal score,
		SharedFacts shared) {

	@Schema(description = "What the two films share: keywords (by slug), genres (in the film's order) and people "
			+ "credited on both (by name).")
	public record SharedFacts(List<KeywordRef> keywords,
			@Schema(example = "[\"Drama\", \"Music\"]") List<String> genres, List<PersonRef> people) {
	}

}
