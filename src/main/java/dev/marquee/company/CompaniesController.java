package dev.marquee.company;

import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ResourceId;
import dev.marquee.support.web.Versioned;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Companies as a resource of their own: read, page through, create, change and delete.
 * Their credits on films are a section of each film ({@code /films/{id}/companies}).
 */
@RestController
@RequestMapping(path = "/api/v1/companies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Companies", description = "Production companies, distributors and the like")
class CompaniesController {

	private static final String ID = "Numeric id or IMDb id";

	private static final String IF_MATCH = "The company's ETag as read (GET /companies/{id}), e.g. \"2\"";

	private final CompanyDirectory directory;

	private final CompanyWrites writes;

	CompaniesController(CompanyDirectory directory, CompanyWrites writes) {
		this.directory = directory;
		this.writes = writes;
	}

	@GetMapping
	@Operation(summary = "List companies",
			description = "Companies in name order (then id), a page at a time: follow next, or send after=nextCursor. "
					+ "q keeps the companies whose name matches, forgiving case, accents and typos "
					+ "(\"summit entertainmnt\" finds Summit Entertainment); it does not change the order.")
	@Answered(Answers.COMPANIES)
	PageView<CompanyRef> companies(
			@Parameter(description = "Name to match; typo-, case- and accent-tolerant",
					example = "summit") @RequestParam(required = false) @Size(max = 200,
							message = "must be at most 200 characters") @Pattern(regexp = "[^\\u0000]*",
									message = "must not contain NUL characters") @Pattern(regexp = "(?s).*\\S.*",
											message = "must not be blank") @Nullable String q,
			@Parameter(description = "Page size, 1 to 100",
					example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@Parameter(description = "nextCursor of the previous page; omit for the first page") @RequestParam(
					required = false) @Nullable String after) {
		return this.directory.list(q, size, after);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a company",
			description = "Finds a company by Marquee's numeric id or its IMDb id (co0046718 is Summit "
					+ "Entertainment). The ETag is the company's version: what PUT, PATCH and DELETE take in If-Match.")
	@Answered(Answers.COMPANY)
	ResponseEntity<CompanyView> company(@Parameter(description = ID, example = "co0046718") @PathVariable String id) {
		return this.directory.read(companyId(id)).ok();
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a company",
			description = "Creates a company; only name is required. Answers 201 with the company, its Location and "
					+ "its version as ETag; 409 when another company has the IMDb id. Honours Idempotency-Key.",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "201", description = "Created; Location names the company, ETag is its version")
	@Answered(Answers.CREATED)
	ResponseEntity<CompanyView> create(@RequestBody @Valid CompanyInput input) {
		Versioned<CompanyView> created = this.writes.create(input);
		CompanyView company = created.view();
		return created.created(
				"/api/v1/companies/" + ((company.imdbId() != null) ? company.imdbId() : String.valueOf(company.id())));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a company",
			description = "Replaces every writable field of the company (fields left out are removed). Needs If-Match "
					+ "with the company's ETag (428 without, 412 when it changed since); 409 when another company has "
					+ "the IMDb id.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = IF_MATCH, schema = @Schema(type = "string", example = "\"2\"")),
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "Replaced; the company, ETag its new version")
	@Answered(Answers.UPDATED)
	ResponseEntity<CompanyView> replace(@Parameter(description = ID, example = "co0046718") @PathVariable String id,
			@RequestBody @Valid CompanyInput input, HttpServletRequest request) {
		return this.writes.replace(companyId(id), input, Preconditions.of(request)).ok();
	}

	@PatchMapping(path = "/{id}", consumes = MergePatches.MEDIA_TYPE)
	@Operation(summary = "Change a company",
			description = "A JSON merge patch (RFC 7396) of the company's fields: null removes a field, an absent field "
					+ "is kept; the result is validated like a POST body. Needs If-Match with the company's ETag (428 "
					+ "without, 412 when it changed since).",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = IF_MATCH, schema = @Schema(type = "string", example = "\"2\"")),
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "Patched; the company, ETag its new version")
	@Answered(Answers.UPDATED)
	ResponseEntity<CompanyView> patch(@Parameter(description = ID, example = "co0046718") @PathVariable String id,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The merge patch",
					content = @Content(mediaType = MergePatches.MEDIA_TYPE,
							schema = @Schema(implementation = CompanyInput.class))) @RequestBody JsonNode patch,
			HttpServletRequest request) {
		return this.writes.patch(companyId(id), patch, Preconditions.of(request)).ok();
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a company",
			description = "Deletes a company that is credited on no film. A company still credited is not deleted: "
					+ "409 says on how many films, so that no film is left crediting nothing; delete those company "
					+ "credits first. Needs If-Match with the company's ETag.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH, required = true,
					description = IF_MATCH, schema = @Schema(type = "string", example = "\"2\"")),
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "204", description = "Deleted", content = @Content)
	@Answered(Answers.DELETED)
	ResponseEntity<Void> delete(@Parameter(description = ID, example = "co0046718") @PathVariable String id,
			HttpServletRequest request) {
		this.writes.delete(companyId(id), Preconditions.of(request));
		return ResponseEntity.noContent().build();
	}

	private static ResourceId companyId(String id) {
		return ResourceId.parse(id, "co", "id");
	}

}
