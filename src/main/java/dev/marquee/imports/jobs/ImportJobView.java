package dev.marquee.imports.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.marquee.imports.Reject;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An import job as the API shows it: where it is, file by file and merge by merge.
 */
@Schema(name = "ImportJob",
		description = "An import job: its state, each file's progress, the merges' counts and a "
				+ "sample of rejected lines.")
@JsonPropertyOrder({ "id", "state", "source", "directory", "deleteMissing", "files", "phases", "counts", "rejects",
		"error", "createdAt", "startedAt", "finishedAt" })
record ImportJobView(@Schema(example = "7") long id, @Schema(example = "running", allowableValues = {
		"queued", "running", "succeeded", "failed" }) String state,
		@Schema(description = "directory: files the server read from a directory it allows; upload: files sent "
				+ "with the request", example = "directory", allowableValues = { "directory", "upload" }) String source,
		@Schema(description = "The directory as the request named it; null for uploads",
				example = "/srv/imdb/2026-11-26") @Nullable String directory,
		@Schema(description = "Whether films the snapshot no longer lists are deleted (else kept and counted)",
				example = "false") boolean deleteMissing,
		List<FileProgress> files, List<Phase> phases, Counts counts,
		@Schema(description = "The first rejected lines of each file read so far (at most 20 a file)") List<Reject> rejects,
		@Schema(description = "Why the job failed; null unless state is failed",
				example = "null") @Nullable String error,
		Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt){

	@Schema(name = "ImportFileProgress", description = "One file of the job and how far its reading got.")
	record FileProgress(@Schema(example = "title.principals.tsv.gz") String file,
			@Schema(example = "title.principals") String dataset, @Schema(example = "reading", allowableValues = {
					"waiting", "reading", "read" }) String state,
			@Schema(description = "Size on disk (compressed for a gzipped file)", example = "734003200") long bytes,
			@Schema(description = "Bytes of the file read so far", example = "367001600") long bytesRead,
			@Schema(description = "Data lines read so far", example = "49152000") long rows,
			@Schema(description = "Data lines in the file: known once it has been read",
					example = "null") @Nullable Long totalRows,
			@Schema(description = "Lines read per second since the file was started",
					example = "612000") long rowsPerSecond,
			@Schema(description = "Lines staged; known once the file has been read",
					example = "null") @Nullable Long loaded,
			@Schema(description = "Lines skipped as malformed; known once the file has been read",
					example = "null") @Nullable Long rejected){
	}

	@Schema(name = "ImportPhase",
			description = "One merge from staging into the catalogue (one transaction) and what it counted.")
	record Phase(@Schema(example = "films") String name, @Schema(example = "done", allowableValues = {
			"running", "done" }) String state,
			@Schema(example = "{\"staged\": 11250000, \"duplicates\": 0, \"inserted\": 2104, \"updated\": 38211, "
					+ "\"unchanged\": 11209685}") Map<String, Long> counts,
			@Schema(example = "41.7") double seconds){
	}

	@Schema(name = "ImportCounts", description = "Lines of every file read so far.")
	record Counts(@Schema(example = "98231114") long lines, @Schema(example = "98230980") long loaded,
			@Schema(example = "134") long rejected) {
	}

}
