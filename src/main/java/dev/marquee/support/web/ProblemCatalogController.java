package dev.marquee.support.web;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Makes every problem {@code type} URI resolvable: {@code /problems/not-found} describes
 * that problem.
 */
@RestController
@RequestMapping(path = "/problems", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Problems", description = "The catalogue of error types the API answers with")
class ProblemCatalogController {

	@GetMapping
	@Operation(summary = "List every problem type", description = "Every error Marquee can answer with, by code.")
	@ApiResponse(responseCode = "200", description = "The whole catalogue")
	List<ProblemTypeView> all() {
		return Arrays.stream(ProblemType.values()).map(ProblemTypeView::of).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "Describe one problem type",
			description = "What a problem type means; its type URI points here.")
	@ApiResponse(responseCode = "200", description = "The problem type")
	@ApiResponse(responseCode = "404", description = "No problem type with this code (code not-found)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ProblemTypeView one(@Parameter(description = "The problem's code, as in its type URI",
			example = "not-found") @PathVariable String code) {
		return Arrays.stream(ProblemType.values())
			.filter((type) -> type.code().equals(code))
			.findFirst()
			.map(ProblemTypeView::of)
			.orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "No problem type with code '" + code + "'"));
	}

	record ProblemTypeView(String type, String code, String title, int status, String description) {

		static ProblemTypeView of(ProblemType type) {
			return new ProblemTypeView(type.type().toString(), type.code(), type.title(), type.status().value(),
					type.description());
		}

	}

}
