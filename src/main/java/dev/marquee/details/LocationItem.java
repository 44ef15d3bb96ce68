package dev.marquee.details;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(description = "A place where the film was shot, with what was shot there.")
public record LocationItem(@Schema(example = "1") long id,
		@Schema(example = "Griffith Observatory, 2800 E Observatory Rd, Los Angeles, California, USA") String place,
		@Schema(example = "love dance in the planetarium") @Nullable String note,
		@Schema(description = "Changes on every edit; the item's ETag", example = "0") long version) {
}
