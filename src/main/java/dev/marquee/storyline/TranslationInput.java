package dev.marquee.storyline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The film's title, plot and tagline in one language, named by its BCP 47 tag in
 * canonical case ({@code de}, {@code pt-BR}, {@code zh-Hant-TW}); a text not given is
 * served in the original.
 */
@Schema(description = "A translation in a film document: the title, plot and tagline in one language (at least one of them); "
		+ "a film has one translation per language, in the order given.")
@TranslationInput.SaysSomething
public record TranslationInput(@Schema(
		description = "BCP 47 language tag in canonical case: language, then optional script, region and variants",
		example = "de") @NotNull @Size(
				max = 35) @Pattern(regexp = LANGUAGE_TAG, message = LANGUAGE_TAG_MESSAGE) String language,
		@Schema(description = "The title the film was released under in this language; null serves the original",
				example = "La La Land") @Size(min = 1, max = 1000) @Nullable String title,
		@Schema(description = "The plot in this language; null serves the original",
				example = "Ein Jazzpianist verliebt sich in eine angehende Schauspielerin in Los Angeles.") @Size(
						min = 1, max = 20000) @Nullable String plot,
		@Schema(description = "The film's tagline in this language; null when it has none",
				example = "Auf die Narren, die träumen.") @Size(min = 1, max = 1000) @Nullable String tagline) {

	/**
	 * A well-formed BCP 47 tag of a language, script, region and variants, in canonical
	 * case.
	 */
	public static final String LANGUAGE_TAG = "[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*";

	static final String LANGUAGE_TAG_MESSAGE = "must be a BCP 47 language tag in canonical case (de, pt-BR, zh-Hant-TW)";

	/**
	 * A translation gives at least one text; the error names the title.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = SaysSomethingValidator.class)
	@interface SaysSomething {

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	static class SaysSomethingValidator implements ConstraintValidator<SaysSomething, TranslationInput> {

		@Override
		public boolean isValid(TranslationInput translation, ConstraintValidatorContext context) {
			if (translation.title() != null || translation.plot() != null || translation.tagline() != null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("a translation gives at least one of title, plot and tagline")
				.addPropertyNode("title")
				.addConstraintViolation();
			return false;
		}

	}

}
