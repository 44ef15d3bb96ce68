package dev.marquee.review;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "A review in a film document.")
public record ReviewInput(@NotBlank @Size(max = 1000) String title, @NotBlank @Size(max = 100000) String body,
		@NotBlank @Size(max = 200) String author, @NotNull LocalDate publishedOn,
		@Min(1) @Max(10) @Nullable Integer rating, boolean spoiler, @PositiveOrZero int helpfulVotes,
		@PositiveOrZero int unhelpfulVotes, boolean featured) {
}
