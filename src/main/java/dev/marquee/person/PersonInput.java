package dev.marquee.person;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A person's writable fields: the body of {@code POST} and {@code PUT /api/v1/people},
 * and what a merge patch changes.
 */
@Schema(name = "PersonInput",
		description = "A person's writable fields; id, version and timestamps are the server's and refused.")
@PersonInput.Lifespan
record PersonInput(
		@Schema(description = "IMDb id; unique among people",
				example = "nm1297015") @Pattern(regexp = "nm[0-9]{7,10}") @Nullable String imdbId,
		@Schema(example = "Emma Stone") @NotBlank @Size(max = 500) String name,
		@Schema(example = "1988") @Min(1700) @Max(2100) @Nullable Integer birthYear,
		@Schema(example = "null") @Min(1700) @Max(2100) @Nullable Integer deathYear,
		@Schema(description = "IMDb primary profession codes",
				example = "[\"actress\", \"producer\"]") @Size(max = 10) List<@Pattern(regexp = "[a-z_]{1,40}",
						message = "must be a profession code: lower-case letters and _, like actress") String> professions,
		@Schema(description = "IMDb ids of the titles the person is known for",
				example = "[\"tt3783958\"]") @Size(max = 10) List<@Pattern(regexp = "tt[0-9]{7,10}") String> knownFor) {

	PersonInput {
		professions = (professions != null) ? professions : List.of();
		knownFor = (knownFor != null) ? knownFor : List.of();
	}

	static PersonInput of(Person person) {
		return new PersonInput(person.getImdbId(), person.getName(), person.getBirthYear(), person.getDeathYear(),
				List.copyOf(person.getProfessions()), List.copyOf(person.getKnownFor()));
	}

	/**
	 * A death year, when given, is not before the birth year; the error names
	 * {@code deathYear}.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = LifespanValidator.class)
	@interface Lifespan {

		String message() default "must not be before birthYear";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	static class LifespanValidator implements ConstraintValidator<Lifespan, PersonInput> {

		@Override
		public boolean isValid(PersonInput input, ConstraintValidatorContext context) {
			if (input.birthYear() == null || input.deathYear() == null || input.deathYear() >= input.birthYear()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("deathYear")
				.addConstraintViolation();
			return false;
		}

	}

}
