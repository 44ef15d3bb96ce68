package dev.marquee.storyline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A link to a video of the film: on YouTube or Vimeo by the video's key there (with its
 * page's https URL, when given), anywhere else ({@code web}) by an https URL.
 */
@Schema(description = "A video in a film document: a link only (YouTube or Vimeo by key, web by https URL); videos keep the order given.")
@VideoInput.Located
public record VideoInput(@Schema(example = "trailer") @NotNull VideoKind kind,
		@Schema(example = "youtube") @NotNull VideoSite site,
		@Schema(description = "The video's key on YouTube or Vimeo (youtube.com/watch?v={key}, vimeo.com/{key}); needed there",
				example = "0pdqf4P9MB8") @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") @Nullable String key,
		@Schema(description = "The video's https page; needed for web videos, optional on YouTube and Vimeo",
				example = "https://www.youtube.com/watch?v=0pdqf4P9MB8") @Size(max = 2000) @Pattern(
						regexp = "https://\\S+", message = "must be an https URL") @Nullable String url,
		@Schema(example = "La La Land (2016 Movie) Official Trailer – 'Dreamers'") @NotBlank @Size(
				max = 300) String name,
		@Schema(description = "ISO 639 language code",
				example = "en") @Pattern(regexp = "[a-z]{2,3}") @Nullable String language,
		@Schema(description = "Published by the film's makers or distributors") boolean official,
		@Schema(example = "2016-11-16") @Nullable LocalDate publishedOn) {

	/**
	 * A video on YouTube or Vimeo has its key there, one on the web its URL; the error
	 * names the field that is missing.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = LocatedValidator.class)
	@interface Located {

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	static class LocatedValidator implements ConstraintValidator<Located, VideoInput> {

		@Override
		public boolean isValid(VideoInput video, ConstraintValidatorContext context) {
			if (video.site() == null) {
				return true;
			}
			boolean web = video.site() == VideoSite.WEB;
			String field = null;
			String message = null;
			if (web && video.url() == null) {
				field = "url";
				message = "must be given for a web video";
			}
			else if (!web && video.key() == null) {
				field = "key";
				message = "must be given for a " + video.site().code() + " video";
			}
			if (field == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
