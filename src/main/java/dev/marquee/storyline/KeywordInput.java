package dev.marquee.storyline;

import java.text.Normalizer;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A keyword of a film: matched by its slug, which is the name folded ({@link #slugOf})
 * when not given; a keyword no film has yet is created with this name.
 */
@Schema(description = "A keyword in a film document: matched by slug (the name folded when absent), created with this name when new.")
public record KeywordInput(@Schema(
		description = "The keyword's key: lower-case letters and digits, words joined by -; the name folded when absent",
		example = "jazz-musician") @Size(
				max = 100) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) @Nullable String slug,
		@Schema(example = "jazz musician") @NotBlank @Size(max = 100) @Pattern(regexp = "(?s).*[\\p{L}\\p{N}].*",
				message = "must have a letter or a digit") String name) {

	/**
	 * What a slug that is not one is told.
	 */
	public static final String SLUG_MESSAGE = "must be lower-case letters and digits, words joined by - (jazz-musician)";

	/**
	 * What a slug's words are made of.
	 */
	private static final String WORD = "[\\p{Ll}\\p{Lo}\\p{Lm}\\p{N}]+";

	/**
	 * The form of a slug.
	 */
	public static final String SLUG = WORD + "(-" + WORD + ")*";

	/**
	 * The slug given, else the name folded.
	 */
	String key() {
		return (this.slug != null) ? this.slug : slugOf(this.name);
	}

	/**
	 * A name folded to a slug: accents dropped, lower case, every run of other characters
	 * than (lower-case) letters and digits one {@code -} ("Jazz Musician!" is
	 * {@code jazz-musician}); empty when nothing is left.
	 */
	static String slugOf(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{Ll}\\p{Lo}\\p{Lm}\\p{N}]+", "-");
		folded = folded.substring(0, Math.min(folded.length(), 100));
		return folded.replaceAll("^-+|-+$", "");
	}

}
