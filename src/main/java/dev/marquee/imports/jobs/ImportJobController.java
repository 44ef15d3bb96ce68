package dev.marquee.imports.jobs;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Admins start IMDb dataset imports and follow them. Answers are never cached: a job
 * changes while it runs.
 */
@RestController
@RequestMapping(path = ImportJobController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Admin: imports",
		description = "Import IMDb's public datasets as background jobs, and follow them (admin role)")
@SecurityRequirement(name = "bearer")
class ImportJobController {

	static final String PATH = "/api/v1/admin/imports";

	private static final String START = "Starts an import of IMDb dataset files (title.basics, title.akas, title.crew, "
			+ "title.episode, title.principals, title.ratings, name.basics; .tsv or .tsv.gz) and answers 202 at once, "
			+ "with the queued job and its Location to follow. Either name a directory on the server that "
			+ "marquee.imports.allowed-directories allows (application/json), or send the files themselves "
			+ "(multipart/form-data, parts named files, optional field deleteMissing): they are streamed to disk, "
			+ "never held in memory, and removed when the job ends. Every file's header is checked before the job is "
			+ "accepted. One import runs at a time on a database, whether started here or from the command line: "
			+ "another is refused with 409 before any upload is received.";

	private final ImportJobs jobs;

	ImportJobController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Start an import", description = START)
	@ImportJobApiResponses.Start
	ResponseEntity<ImportJobView> importDirectory(@RequestBody @Valid ImportRequest request) {
		String directory = String.valueOf(request.directory());
		return accepted(this.jobs.start(new DirectorySource(directory, this.jobs.directories().resolve(directory),
				Boolean.TRUE.equals(request.deleteMissing()))));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Start an import", description = START)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class)))
	@ImportJobApiResponses.Start
	ResponseEntity<ImportJobView> importUpload(MultipartHttpServletRequest request) {
		return accepted(this.jobs.start(new UploadSource(request, this.jobs.uploads())));
	}

	@GetMapping
	@Operation(summary = "List import jobs",
			description = "The 20 most recent import jobs, newest first, whatever their state; kept across restarts.")
	@ImportJobApiResponses.List
	ResponseEntity<List<ImportJobView>> importJobs() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.jobs.recent());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Follow an import job",
			description = "The job's state (queued, running, succeeded, failed), each file's progress (bytes and "
					+ "lines read, lines per second, the total once known), the merges with their counts, the lines "
					+ "of every file and a sample of the rejected ones (file, line, reason). A job that was running "
					+ "when its server stopped shows as failed, with the reason.")
	@ImportJobApiResponses.Get
	ResponseEntity<ImportJobView> importJob(
			@Parameter(description = "The job's id", example = "7") @PathVariable long id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.jobs.view(id));
	}

	private static ResponseEntity<ImportJobView> accepted(ImportJobView job) {
		return ResponseEntity.accepted()
			.location(URI.create(PATH + "/" + job.id()))
			.cacheControl(CacheControl.noStore())
			.body(job);
	}

	@Schema(name = "ImportUpload", description = "The dataset files, each in a part named files.")
	record UploadForm(
			@ArraySchema(
					arraySchema = @Schema(
							description = "IMDb dataset files, named as IMDb names them (title.basics.tsv.gz, ...)"),
					schema = @Schema(type = "string", format = "binary")) List<String> files,
			@Schema(description = "true: delete films an earlier import wrote that this title.basics no longer "
					+ "lists (default false: keep them; counted either way)",
					example = "false") Boolean deleteMissing) {
	}

}
