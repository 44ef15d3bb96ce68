package dev.marquee.support.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Names every operation of the OpenAPI document by what it does ({@code getFilm},
 * {@code listFilmTrivia}, {@code patchFilmTrivia}), so that clients generated from the
 * document get stable, meaningful method names. Springdoc's own ids are the Java method
 * names, numbered by the order it meets them ({@code replace_7}), and would change
 * whenever a controller is added.
 * <p>
 * The item operations of a film's sections are named from the section's nouns
 * ({@code /films/{id}/goofs/{itemId}} PATCH is {@code patchFilmGoof}); every other
 * operation is named here. An operation named nowhere keeps springdoc's id, which the
 * contract tests refuse.
 */
@Component
class OperationIds implements OpenApiCustomizer {

	private static final Pattern SECTION = Pattern.compile("/api/v1/films/\\{id}/([a-z/-]+?)(/\\{itemId})?");

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("GET /api/v1/films", "listFilms"),
			Map.entry("POST /api/v1/films", "createFilm"), Map.entry("GET /api/v1/films/{id}", "getFilm"),
			Map.entry("PATCH /api/v1/films/{id}", "patchFilm"), Map.entry("DELETE /api/v1/films/{id}", "deleteFilm"),
			Map.entry("GET /api/v1/films/batch", "getFilmBatch"),
			Map.entry("GET /api/v1/films/suggest", "suggestFilms"),
			Map.entry("GET /api/v1/films/documents", "exportFilmDocuments"),
			Map.entry("GET /api/v1/films/{imdbId}/document", "getFilmDocument"),
			Map.entry("PUT /api/v1/films/{imdbId}/document", "putFilmDocument"),
			Map.entry("GET /api/v1/films/{id}/episodes", "listFilmEpisodes"),
			Map.entry("GET /api/v1/films/{id}/awards", "getFilmAwards"),
			Map.entry("GET /api/v1/films/{id}/awards/summary", "getFilmAwardSummary"),
			Map.entry("PUT /api/v1/films/{id}/awards/summary", "putFilmAwardSummary"),
			Map.entry("DELETE /api/v1/films/{id}/awards/summary", "deleteFilmAwardSummary"),
			Map.entry("GET /api/v1/films/{id}/box-office", "getFilmBoxOffice"),
			Map.entry("PUT /api/v1/films/{id}/box-office", "putFilmBoxOffice"),
			Map.entry("PATCH /api/v1/films/{id}/box-office", "patchFilmBoxOffice"),
			Map.entry("GET /api/v1/search", "searchFilmsAndPeople"), Map.entry("GET /api/v1/people", "listPeople"),
			Map.entry("POST /api/v1/people", "createPerson"), Map.entry("GET /api/v1/people/{id}", "getPerson"),
			Map.entry("PUT /api/v1/people/{id}", "replacePerson"),
			Map.entry("PATCH /api/v1/people/{id}", "patchPerson"),
			Map.entry("DELETE /api/v1/people/{id}", "deletePerson"),
			Map.entry("GET /api/v1/people/{id}/credits", "getPersonCredits"),
			Map.entry("GET /api/v1/companies", "listCompanies"), Map.entry("POST /api/v1/companies", "createCompany"),
			Map.entry("GET /api/v1/companies/{id}", "getCompany"),
			Map.entry("PUT /api/v1/companies/{id}", "replaceCompany"),
			Map.entry("PATCH /api/v1/companies/{id}", "patchCompany"),
			Map.entry("DELETE /api/v1/companies/{id}", "deleteCompany"), Map.entry("GET /api/v1/lists", "listLists"),
			Map.entry("POST /api/v1/lists", "createList"), Map.entry("GET /api/v1/lists/{id}", "getList"),
			Map.entry("PUT /api/v1/lists/{id}", "replaceList"), Map.entry("PATCH /api/v1/lists/{id}", "patchList"),
			Map.entry("DELETE /api/v1/lists/{id}", "deleteList"),
			Map.entry("POST /api/v1/lists/{id}/items", "addListItem"),
			Map.entry("PUT /api/v1/lists/{id}/items", "replaceListItems"),
			Map.entry("DELETE /api/v1/lists/{id}/items/{filmId}", "deleteListItem"),
			Map.entry("GET /api/v1/changes", "listChanges"), Map.entry("GET /api/v1/admin/api-keys", "listApiKeys"),
			Map.entry("POST /api/v1/admin/api-keys", "createApiKey"),
			Map.entry("GET /api/v1/admin/api-keys/{id}", "getApiKey"),
			Map.entry("DELETE /api/v1/admin/api-keys/{id}", "revokeApiKey"),
			Map.entry("GET /api/v1/admin/imports", "listImportJobs"),
			Map.entry("POST /api/v1/admin/imports", "startImportJob"),
			Map.entry("GET /api/v1/admin/imports/{id}", "getImportJob"), Map.entry("GET /problems", "listProblemTypes"),
			Map.entry("GET /problems/{code}", "getProblemType"));

	/**
	 * The nouns of the sections whose items are read and written one at a time, by path:
	 * the singular names an item, the plural the list.
	 */
	private static final Map<String, String[]> SECTIONS = Map.ofEntries(
			Map.entry("cast", new String[] { "CastCredit", "Cast" }),
			Map.entry("crew", new String[] { "CrewCredit", "Crew" }),
			Map.entry("companies", new String[] { "CompanyCredit", "Companies" }),
			Map.entry("trivia", new String[] { "Trivia", "Trivia" }),
			Map.entry("goofs", new String[] { "Goof", "Goofs" }),
			Map.entry("crazy-credits", new String[] { "CrazyCredit", "CrazyCredits" }),
			Map.entry("connections", new String[] { "Connection", "Connections" }),
			Map.entry("soundtracks", new String[] { "Soundtrack", "Soundtracks" }),
			Map.entry("reviews", new String[] { "Review", "Reviews" }),
			Map.entry("awards/nominations", new String[] { "AwardNomination", "AwardNominations" }),
			Map.entry("locations", new String[] { "Location", "Locations" }),
			Map.entry("alternate-titles", new String[] { "AlternateTitle", "AlternateTitles" }),
			Map.entry("release-dates", new String[] { "ReleaseDate", "ReleaseDates" }));

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String id = name(method.name(), path);
			if (id != null) {
				operation.setOperationId(id);
			}
		}));
	}

	static @Nullable String name(String method, String path) {
		String named = NAMES.get(method + " " + path);
		if (named != null) {
			return named;
		}
		Matcher section = SECTION.matcher(path);
		if (!section.matches() || !SECTIONS.containsKey(section.group(1))) {
			return null;
		}
		String[] nouns = SECTIONS.get(section.group(1));
		boolean item = section.group(2) != null;
		return switch (method) {
			case "GET" -> item ? "getFilm" + nouns[0] : "listFilm" + nouns[1];
			case "POST" -> item ? null : "addFilm" + nouns[0];
			case "PUT" -> item ? "replaceFilm" + nouns[0] : null;
			case "PATCH" -> item ? "patchFilm" + nouns[0] : null;
			case "DELETE" -> item ? "deleteFilm" + nouns[0] : null;
			default -> null;
		};
	}

}
