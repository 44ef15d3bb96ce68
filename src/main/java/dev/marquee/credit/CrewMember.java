package dev.marquee.credit;

import dev.marquee.person.PersonRef;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "One crew credit: who did which job, in which department.")
public record CrewMember(@Schema(example = "1") long id, PersonRef person,
		@Schema(example = "directing") Department department, @Schema(example = "Director") String job,
		@Nullable String creditedAs, @Nullable String note,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
