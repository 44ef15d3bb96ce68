package dev.marquee.list;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A list named in a film document, matched by its exact title (list titles are unique); a
 * new list is created when none has it. The film is appended to the list when it is not
 * on it yet.
 */
@Schema(description = "A list in a film document: matched by exact title, created when missing; the film is appended to it.")
public record ListRefInput(@NotBlank @Size(max = 500) String title, @Size(max = 5000) @Nullable String description) {
}
