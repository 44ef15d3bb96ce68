package dev.marquee.credit;

import java.util.List;

import dev.marquee.person.PersonRef;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "One actor's credit on a film, in billing order.")
public record CastMember(@Schema(example = "1") long id, PersonRef person,
		@Schema(example = "[\"Famous Actress\"]") List<String> characters, @Schema(example = "14") int billingOrder,
		@Schema(description = "The name as the film's credits print it, when it differs",
				example = "Amiée Conn") @Nullable String creditedAs,
		@Schema(example = "credit only") @Nullable String note,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
