package dev.marquee.award;

import dev.marquee.person.PersonRefInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "A nominee in a film document; person links the nominee to a person.")
public record NomineeInput(@NotBlank @Size(max = 500) String name, @Valid @Nullable PersonRefInput person) {
}
