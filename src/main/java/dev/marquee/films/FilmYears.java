package dev.marquee.films;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A film body's years: the last year (of a series), when given with the release year, is
 * not before it, as the database's {@code film_end_year_range} requires. The error names
 * {@code endYear}. Every body with a film's own fields (a new film, a patch, a document)
 * carries it.
 */
interface FilmYears {

	/**
	 * The description of {@code endYear} in the published schemas.
	 */
	String END_YEAR_DESCRIPTION = "The last year of a series; not before releaseYear";

	@Nullable Integer releaseYear();

	@Nullable Integer endYear();

	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = InOrderValidator.class)
	@interface InOrder {

		String message() default "must not be before releaseYear";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	class InOrderValidator implements ConstraintValidator<InOrder, FilmYears> {

		@Override
		public boolean isValid(FilmYears years, ConstraintValidatorContext context) {
			Integer release = years.releaseYear();
			Integer end = years.endYear();
			if (release == null || end == null || end >= release) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("endYear")
				.addConstraintViolation();
			return false;
		}

	}

}
