package dev.marquee.soundtrack;

import dev.marquee.person.PersonRef;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "One credit line of a song, e.g. role written_by, text \"Pyotr Ilyich Tchaikovsky\"; person links to the person when known.")
public record SoundtrackCreditLine(@Schema(example = "written_by") CreditRole role,
		@Schema(example = "Pyotr Ilyich Tchaikovsky") String text, @Nullable PersonRef person) {
}
