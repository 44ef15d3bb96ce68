package dev.marquee.credit;

import java.util.List;

import dev.marquee.person.PersonRefInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "An actor's credit in a film document.")
public record CastMemberInput(@NotNull @Valid PersonRefInput person, @NotNull List<@Size(max = 500) String> characters,
		@Positive int billingOrder, @Size(max = 500) @Nullable String creditedAs,
		@Size(max = 500) @Nullable String note) {
}
