package dev.marquee.films;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import dev.marquee.film.Film;
import dev.marquee.film.FilmType;
import dev.marquee.support.web.Answered;
import dev.marquee.support.web.Answers;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.Closest;
import dev.marquee.support.web.InvalidParam;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@RestController
@Tag(name = "Film documents")
class FilmExportController {

	static final String NDJSON = "application/x-ndjson";

	static final String EXPORT_PATH = "/api/v1/films/documents";

	private final DocumentExport export;

	private final ExportLimits limits;

	FilmExportController(DocumentExport export, ExportLimits limits) {
		this.export = export;
		this.limits = limits;
	}

	@GetMapping(path = EXPORT_PATH, produces = NDJSON)
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Export the documents of many films as NDJSON",
			description = "Streams the document (as GET /films/{imdbId}/document gives it) of every film matching the "
					+ "filters, one JSON document per line, ordered by Marquee's id, in constant memory on the server: "
					+ "a downstream copy never has to crawl page by page. The answer has no ETag. Needs an API key "
					+ "(reader or admin). A server runs few exports at once (marquee.export.max-concurrent) and cuts "
					+ "off a client that reads slower than marquee.export.min-read-rate, closing the connection "
					+ "without the stream's end.")
	@ApiResponse(responseCode = "200",
			content = @Content(mediaType = NDJSON, schema = @Schema(implementation = FilmDocument.class)))
	@Answered(Answers.FILM_EXPORT)
	void export(
			@Parameter(description = "Title type, as in GET /films",
					example = "movie") @RequestParam(required = false) @Nullable String type,
			@Parameter(description = "Earliest release year",
					example = "2010") @RequestParam(required = false) @Min(1870) @Max(2100) @Nullable Integer yearFrom,
			@Parameter(description = "Latest release year",
					example = "2019") @RequestParam(required = false) @Min(1870) @Max(2100) @Nullable Integer yearTo,
			@Parameter(description = "Genre, exactly as listed on films",
					example = "Musical") @RequestParam(required = false) @Size(max = 100) @Nullable String genre,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
			throw ApiException.invalidParameter(
					InvalidParam.query("yearFrom", "must not be after yearTo (" + yearFrom + " > " + yearTo + ")"));
		}
		DocumentExport.Filter filter = new DocumentExport.Filter(filmType(type), yearFrom, yearTo, genre);
		ShallowEtagHeaderFilter.disableContentCaching(request);
		this.limits.run(response, (out) -> {
			response.setContentType(NDJSON);
			response.setCharacterEncoding("UTF-8");
			this.export.write(filter, out);
		});
	}

	private static @Nullable FilmType filmType(@Nullable String type) {
		if (type == null) {
			return null;
		}
		return Arrays.stream(FilmType.values())
			.filter((candidate) -> candidate.code().equals(type))
			.findFirst()
			.orElseThrow(() -> ApiException.invalidParameter(InvalidParam.query("type",
					"unknown type '" + type + "'; expected one of "
							+ Arrays.stream(FilmType.values()).map(FilmType::code).collect(Collectors.joining(", "))
							+ Closest.hint(type, Arrays.stream(FilmType.values()).map(FilmType::code).toList()))));
	}

}
