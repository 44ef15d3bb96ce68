package dev.marquee.changes;

import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change feed, public like every read: it names what changed, never who changed it.
 */
@RestController
@Tag(name = "Changes", description = "Every create, update and delete, for keeping a copy in sync")
class ChangeController {

	private final ChangeFeed feed;

	ChangeController(ChangeFeed feed) {
		this.feed = feed;
	}

	@GetMapping(path = "/api/v1/changes", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Follow the change feed",
			description = "Every create, update and delete of a film, of its sections and of a person, oldest first, kept "
					+ "indefinitely, deletions included. resourceType film: the film itself (id its numeric id, key "
					+ "its IMDb id); a document PUT is one film create or update covering all its sections, and a "
					+ "film delete takes its sections with it, without an entry each. Any other resourceType is a "
					+ "section, named as in its path (cast, crew, trivia, goofs, crazy-credits, connections, "
					+ "soundtracks, reviews, locations, alternate-titles, release-dates, companies, "
					+ "award-nominations), or a part a film has one of (box-office, award-summary): id is the "
					+ "item's id and key the film's IMDb id, so a copy reads GET /films/{key}/{section}/{id}, or the "
					+ "film's document, again (or drops the item on a delete). resourceType person: a person (id its "
					+ "numeric id, key its IMDb id). Imports write the feed too, with source import and the import's "
					+ "importId: one entry per film or person an import created, updated or deleted, a film's new "
					+ "or changed credits and alternate titles included (an update of the film, whose version they "
					+ "change), so a copy re-reads the film or person. "
					+ "Start without after, then send after=nextCursor; "
					+ "on the last page nextCursor is null: keep the cursor of the last change you read and send it as "
					+ "after later to get what happened since. A change appears once its "
					+ "transaction and every older running one have committed, so a cursor never skips a change. "
					+ "Public, like every read; answers are never cached (Cache-Control: no-cache).")
	@Answered(Answers.CHANGES)
	ResponseEntity<PageView<ChangeView>> changes(
			@Parameter(description = "Page size, 1 to 100",
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(
					description = "nextCursor of the previous page; omit to start from the first change") @RequestParam(
							required = false) @Nullable String after) {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(this.feed.page(size, after));
	}

}
