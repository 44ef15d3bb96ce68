package dev.marquee.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a search query must be: not blank, at most 200 characters (a longer one is no name
 * or title, and would only cost the database), and free of NUL, which PostgreSQL text
 * cannot hold. Each rule refuses with its own message.
 */
@NotBlank(message = "must not be blank")
@Size(max = 200, message = "must be at most 200 characters")
@Pattern(regexp = "[^\\u0000]*", message = "must not contain NUL characters")
@Constraint(validatedBy = {})
@Target({ ElementType.PARAMETER, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
@interface QueryText {

	String message() default "must be a search query";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
