package dev.marquee.soundtrack;

import dev.marquee.person.PersonRefInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "A soundtrack credit line in a film document; person is optional and links the line to a person.")
public record SoundtrackCreditLineInput(@NotNull CreditRole role, @NotBlank @Size(max = 2000) String text,
		@Valid @Nullable PersonRefInput person) {
}
