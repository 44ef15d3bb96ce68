package dev.marquee.imports.jobs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.marquee.apikey.ApiKeyApiResponses;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The documented answers of the import-job operations.
 */
final class ImportJobApiResponses {

	private static final String QUEUED = """
			{"id": 7, "state": "queued", "source": "directory", "directory": "/srv/imdb/2026-11-26",
			 "deleteMissing": false,
			 "files": [
			  {"file": "name.basics.tsv.gz", "dataset": "name.basics", "state": "waiting", "bytes": 276824064,
			   "bytesRead": 0, "rows": 0, "totalRows": null, "rowsPerSecond": 0, "loaded": null, "rejected": null},
			  {"file": "title.basics.tsv.gz", "dataset": "title.basics", "state": "waiting", "bytes": 199229440,
			   "bytesRead": 0, "rows": 0, "totalRows": null, "rowsPerSecond": 0, "loaded": null, "rejected": null}],
			 "phases": [], "counts": {"lines": 0, "loaded": 0, "rejected": 0}, "rejects": [], "error": null,
			 "createdAt": "2026-11-26T10:00:00Z", "startedAt": null, "finishedAt": null}""";

	private static final String RUNNING = """
			{"id": 7, "state": "running", "source": "directory", "directory": "/srv/imdb/2026-11-26",
			 "deleteMissing": false,
			 "files": [
			  {"file": "name.basics.tsv.gz", "dataset": "name.basics", "state": "read", "bytes": 276824064,
			   "bytesRead": 276824064, "rows": 14211802, "totalRows": 14211802, "rowsPerSecond": 498105,
			   "loaded": 14211799, "rejected": 3},
			  {"file": "title.basics.tsv.gz", "dataset": "title.basics", "state": "reading", "bytes": 199229440,
			   "bytesRead": 99614720, "rows": 5603000, "totalRows": null, "rowsPerSecond": 431000, "loaded": null,
			   "rejected": null}],
			 "phases": [], "counts": {"lines": 19814802, "loaded": 14211799, "rejected": 3},
			 "rejects": [{"file": "name.basics.tsv.gz", "line": 1203117, "reason": "birthYear '19x0' is not a whole number",
			   "text": "nm1203116\\tBroken Year\\t19x0\\t\\\\N\\tactor\\t\\\\N"}],
			 "error": null, "createdAt": "2026-11-26T10:00:00Z", "startedAt": "2026-11-26T10:00:00Z",
			 "finishedAt": null}""";

	private ImportJobApiResponses() {
	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "202", description = "Accepted and queued; Location names the job to follow",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobView.class),
					examples = @ExampleObject(name = "queued", value = QUEUED)))
	@ApiResponse(responseCode = "400",
			description = "Body not JSON or multipart, an unknown field, a directory that is not inside an allowed "
					+ "one (or has '..'), a file that is not named like an IMDb dataset, or no file "
					+ "(code malformed-request or invalid-body; errors names the field)")
	@ApiKeyApiResponses.Unauthorized
	@ApiResponse(responseCode = "409",
			description = "An import is already running on this database (code import-running)")
	@ApiResponse(responseCode = "413",
			description = "An uploaded file or the whole upload is larger than spring.servlet.multipart allows "
					+ "(code payload-too-large)")
	@ApiResponse(responseCode = "415",
			description = "The body is neither application/json nor multipart/form-data (code unsupported-media-type)")
	@ApiResponse(responseCode = "422",
			description = "No dataset file, two files of one dataset, or a header that is not what the file's name "
					+ "says (code import-refused); nothing was written")
	@interface Start {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "The 20 most recent jobs, newest first",
			content = @Content(mediaType = "application/json",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(
							schema = @Schema(implementation = ImportJobView.class)),
					examples = @ExampleObject(name = "one running", value = "[" + RUNNING + "]")))
	@ApiKeyApiResponses.Unauthorized
	@interface List {

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "200", description = "The job as it stands",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportJobView.class),
					examples = @ExampleObject(name = "running", value = RUNNING)))
	@ApiResponse(responseCode = "400", description = "Malformed id (code invalid-parameter)")
	@ApiKeyApiResponses.Unauthorized
	@ApiResponse(responseCode = "404", description = "No job with this id (code not-found)")
	@interface Get {

	}

}
