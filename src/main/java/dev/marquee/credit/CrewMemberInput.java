package dev.marquee.credit;

import dev.marquee.person.PersonRefInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "A crew credit in a film document; crew keep the order they are given in within their department.")
public record CrewMemberInput(@NotNull @Valid PersonRefInput person, @NotNull Department department,
		@NotBlank @Size(max = 500) String job, @Size(max = 500) @Nullable String creditedAs,
		@Size(max = 500) @Nullable String note) {
}
