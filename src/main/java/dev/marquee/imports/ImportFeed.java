package dev.marquee.imports;

import java.util.UUID;

/**
 * Records what an import writes in the change feed ({@code change_event}), in the
 * transaction of the write: one entry per film or person the import creates, updates or
 * deletes, with the import's id as its source. An import runs as several transactions of
 * several merges each: a film that one merge creates or updates and a later one changes
 * again keeps its first entry, so a downstream copy reads each film once per import; a
 * film deleted gets its delete entry whatever came before. The statements are set-based,
 * like the merges they ride on.
 */
final class ImportFeed {

	private final UUID id;

	ImportFeed(UUID id) {
		this.id = id;
	}

	UUID id() {
		return this.id;
	}

	/**
	 * A condition that this import has not written the resource whose id is the
	 * expression {@code id}: the feed holds no entry of it from this import.
	 * @param resourceType {@code film} or {@code person}
	 */
	String unwritten(String resourceType, String id) {
		return """
				NOT EXISTS (SELECT 1 FROM change_event c
				            WHERE c.import_id = '%s'::uuid AND c.resource_type = '%s' AND c.resource_id = %s)"""
			.formatted(this.id, resourceType, id);
	}

	/**
	 * A {@code WITH} clause that runs {@code write} and records its rows, for the caller
	 * to end with a {@code SELECT} from {@code written}.
	 * @param resourceType {@code film} or {@code person}
	 * @param write a data-modifying statement returning {@code id}, {@code key} (the IMDb
	 * id) and {@code action} ({@code create}, {@code update} or {@code delete})
	 */
	String recording(String resourceType, String write) {
		return """
				WITH written AS (%1$s),
				recorded AS (INSERT INTO change_event (action, resource_type, resource_id, resource_key, import_id)
				    SELECT w.action, '%2$s', w.id, w.key, '%3$s'::uuid FROM written w
				    WHERE NOT EXISTS (SELECT 1 FROM change_event c
				                      WHERE c.import_id = '%3$s'::uuid AND c.resource_type = '%2$s'
				                          AND c.resource_id = w.id AND (c.action = w.action OR w.action = 'update'))
				    ORDER BY w.id)
				""".formatted(write, resourceType, this.id);
	}

}
