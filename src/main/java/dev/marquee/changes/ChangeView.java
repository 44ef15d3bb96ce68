package dev.marquee.changes;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the change feed.
 */
@Schema(description = "A create, update or delete of one resource")
record ChangeView(@Schema(description = "The change's id, increasing", example = "42") long id,
		@Schema(description = "When the change was made", example = "2026-11-26T09:31:53.123456Z") Instant occurredAt,
		@Schema(example = "update", allowableValues = {
				"create", "update", "delete" }) ChangeAction action,
		@Schema(description = "The kind of resource changed: film, or a film section (cast, crew, soundtracks, "
				+ "award-nominations, box-office, award-summary, …)", example = "film") String resourceType,
		@Schema(description = "The resource's numeric id: the film's, or the section item's",
				example = "1") long resourceId,
		@Schema(description = "The resource's public key: a film's IMDb id, and for a section item the IMDb id of "
				+ "its film; null when it has none", example = "tt3783958") @Nullable String key,
		@Schema(description = "What made the change: api (a request, or the application itself) or import (an "
				+ "IMDb dataset import, which records one entry per film or person it created, updated or deleted)",
				example = "api", allowableValues = { "api", "import" }) String source,
		@Schema(description = "The import that made the change, the same for all its entries; null unless source "
				+ "is import", example = "4f6a2e0b-8f1c-4d7e-9a3b-5c2d1e0f9a87") @Nullable UUID importId,
		@Schema(description = "Send as after= to read what happened after this change",
				example = "djEfZmVlZB83NzEfNDI") String cursor){
}
