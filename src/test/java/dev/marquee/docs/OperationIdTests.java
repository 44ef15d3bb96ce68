package dev.marquee.docs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operation ids are the method names of every client generated from the OpenAPI document:
 * each operation has one that says what it does, none is numbered or used twice, and none
 * changes by accident (adding a controller renumbers nothing).
 */
@MarqueeTest
class OperationIdTests {

	private static final String IDS = """
			GET /api/v1/admin/api-keys listApiKeys
			POST /api/v1/admin/api-keys createApiKey
			DELETE /api/v1/admin/api-keys/{id} revokeApiKey
			GET /api/v1/admin/api-keys/{id} getApiKey
			GET /api/v1/admin/imports listImportJobs
			POST /api/v1/admin/imports startImportJob
			GET /api/v1/admin/imports/{id} getImportJob
			GET /api/v1/changes listChanges
			GET /api/v1/companies listCompanies
			POST /api/v1/companies createCompany
			DELETE /api/v1/companies/{id} deleteCompany
			GET /api/v1/companies/{id} getCompany
			PATCH /api/v1/companies/{id} patchCompany
			PUT /api/v1/companies/{id} replaceCompany
			GET /api/v1/films listFilms
			POST /api/v1/films createFilm
			GET /api/v1/films/batch getFilmBatch
			GET /api/v1/films/documents exportFilmDocuments
			GET /api/v1/films/suggest suggestFilms
			DELETE /api/v1/films/{id} deleteFilm
			GET /api/v1/films/{id} getFilm
			PATCH /api/v1/films/{id} patchFilm
			GET /api/v1/films/{id}/alternate-titles listFilmAlternateTitles
			POST /api/v1/films/{id}/alternate-titles addFilmAlternateTitle
			DELETE /api/v1/films/{id}/alternate-titles/{itemId} deleteFilmAlternateTitle
			GET /api/v1/films/{id}/alternate-titles/{itemId} getFilmAlternateTitle
			PATCH /api/v1/films/{id}/alternate-titles/{itemId} patchFilmAlternateTitle
			PUT /api/v1/films/{id}/alternate-titles/{itemId} replaceFilmAlternateTitle
			GET /api/v1/films/{id}/awards getFilmAwards
			POST /api/v1/films/{id}/awards/nominations addFilmAwardNomination
			DELETE /api/v1/films/{id}/awards/nominations/{itemId} deleteFilmAwardNomination
			GET /api/v1/films/{id}/awards/nominations/{itemId} getFilmAwardNomination
			PATCH /api/v1/films/{id}/awards/nominations/{itemId} patchFilmAwardNomination
			PUT /api/v1/films/{id}/awards/nominations/{itemId} replaceFilmAwardNomination
			DELETE /api/v1/films/{id}/awards/summary deleteFilmAwardSummary
			GET /api/v1/films/{id}/awards/summary getFilmAwardSummary
			PUT /api/v1/films/{id}/awards/summary putFilmAwardSummary
			GET /api/v1/films/{id}/box-office getFilmBoxOffice
			PATCH /api/v1/films/{id}/box-office patchFilmBoxOffice
			PUT /api/v1/films/{id}/box-office putFilmBoxOffice
			GET /api/v1/films/{id}/cast listFilmCast
			POST /api/v1/films/{id}/cast addFilmCastCredit
			DELETE /api/v1/films/{id}/cast/{itemId} deleteFilmCastCredit
			GET /api/v1/films/{id}/cast/{itemId} getFilmCastCredit
			PATCH /api/v1/films/{id}/cast/{itemId} patchFilmCastCredit
			PUT /api/v1/films/{id}/cast/{itemId} replaceFilmCastCredit
			GET /api/v1/films/{id}/companies listFilmCompanies
			POST /api/v1/films/{id}/companies addFilmCompanyCredit
			DELETE /api/v1/films/{id}/companies/{itemId} deleteFilmCompanyCredit
			GET /api/v1/films/{id}/companies/{itemId} getFilmCompanyCredit
			PATCH /api/v1/films/{id}/companies/{itemId} patchFilmCompanyCredit
			PUT /api/v1/films/{id}/companies/{itemId} replaceFilmCompanyCredit
			GET /api/v1/films/{id}/connections listFilmConnections
			POST /api/v1/films/{id}/connections addFilmConnection
			DELETE /api/v1/films/{id}/connections/{itemId} deleteFilmConnection
			GET /api/v1/films/{id}/connections/{itemId} getFilmConnection
			PATCH /api/v1/films/{id}/connections/{itemId} patchFilmConnection
			PUT /api/v1/films/{id}/connections/{itemId} replaceFilmConnection
			GET /api/v1/films/{id}/crazy-credits listFilmCrazyCredits
			POST /api/v1/films/{id}/crazy-credits addFilmCrazyCredit
			DELETE /api/v1/films/{id}/crazy-credits/{itemId} deleteFilmCrazyCredit
			GET /api/v1/films/{id}/crazy-credits/{itemId} getFilmCrazyCredit
			PATCH /api/v1/films/{id}/crazy-credits/{itemId} patchFilmCrazyCredit
			PUT /api/v1/films/{id}/crazy-credits/{itemId} replaceFilmCrazyCredit
			GET /api/v1/films/{id}/crew listFilmCrew
			POST /api/v1/films/{id}/crew addFilmCrewCredit
			DELETE /api/v1/films/{id}/crew/{itemId} deleteFilmCrewCredit
			GET /api/v1/films/{id}/crew/{itemId} getFilmCrewCredit
			PATCH /api/v1/films/{id}/crew/{itemId} patchFilmCrewCredit
			PUT /api/v1/films/{id}/crew/{itemId} replaceFilmCrewCredit
			GET /api/v1/films/{id}/episodes listFilmEpisodes
			GET /api/v1/films/{id}/goofs listFilmGoofs
			POST /api/v1/films/{id}/goofs addFilmGoof
			DELETE /api/v1/films/{id}/goofs/{itemId} deleteFilmGoof
			GET /api/v1/films/{id}/goofs/{itemId} getFilmGoof
			PATCH /api/v1/films/{id}/goofs/{itemId} patchFilmGoof
			PUT /api/v1/films/{id}/goofs/{itemId} replaceFilmGoof
			GET /api/v1/films/{id}/locations listFilmLocations
			POST /api/v1/films/{id}/locations addFilmLocation
			DELETE /api/v1/films/{id}/locations/{itemId} deleteFilmLocation
			GET /api/v1/films/{id}/locations/{itemId} getFilmLocation
			PATCH /api/v1/films/{id}/locations/{itemId} patchFilmLocation
			PUT /api/v1/films/{id}/locations/{itemId} replaceFilmLocation
			GET /api/v1/films/{id}/release-dates listFilmReleaseDates
			POST /api/v1/films/{id}/release-dates addFilmReleaseDate
			DELETE /api/v1/films/{id}/release-dates/{itemId} deleteFilmReleaseDate
			GET /api/v1/films/{id}/release-dates/{itemId} getFilmReleaseDate
			PATCH /api/v1/films/{id}/release-dates/{itemId} patchFilmReleaseDate
			PUT /api/v1/films/{id}/release-dates/{itemId} replaceFilmReleaseDate
			GET /api/v1/films/{id}/reviews listFilmReviews
			POST /api/v1/films/{id}/reviews addFilmReview
			DELETE /api/v1/films/{id}/reviews/{itemId} deleteFilmReview
			GET /api/v1/films/{id}/reviews/{itemId} getFilmReview
			PATCH /api/v1/films/{id}/reviews/{itemId} patchFilmReview
			PUT /api/v1/films/{id}/reviews/{itemId} replaceFilmReview
			GET /api/v1/films/{id}/soundtracks listFilmSoundtracks
			POST /api/v1/films/{id}/soundtracks addFilmSoundtrack
			DELETE /api/v1/films/{id}/soundtracks/{itemId} deleteFilmSoundtrack
			GET /api/v1/films/{id}/soundtracks/{itemId} getFilmSoundtrack
			PATCH /api/v1/films/{id}/soundtracks/{itemId} patchFilmSoundtrack
			PUT /api/v1/films/{id}/soundtracks/{itemId} replaceFilmSoundtrack
			GET /api/v1/films/{id}/trivia listFilmTrivia
			POST /api/v1/films/{id}/trivia addFilmTrivia
			DELETE /api/v1/films/{id}/trivia/{itemId} deleteFilmTrivia
			GET /api/v1/films/{id}/trivia/{itemId} getFilmTrivia
			PATCH /api/v1/films/{id}/trivia/{itemId} patchFilmTrivia
			PUT /api/v1/films/{id}/trivia/{itemId} replaceFilmTrivia
			GET /api/v1/films/{imdbId}/document getFilmDocument
			PUT /api/v1/films/{imdbId}/document putFilmDocument
			GET /api/v1/lists listLists
			POST /api/v1/lists createList
			DELETE /api/v1/lists/{id} deleteList
			GET /api/v1/lists/{id} getList
			PATCH /api/v1/lists/{id} patchList
			PUT /api/v1/lists/{id} replaceList
			POST /api/v1/lists/{id}/items addListItem
			PUT /api/v1/lists/{id}/items replaceListItems
			DELETE /api/v1/lists/{id}/items/{filmId} deleteListItem
			GET /api/v1/people listPeople
			POST /api/v1/people createPerson
			DELETE /api/v1/people/{id} deletePerson
			GET /api/v1/people/{id} getPerson
			PATCH /api/v1/people/{id} patchPerson
			PUT /api/v1/people/{id} replacePerson
			GET /api/v1/people/{id}/credits getPersonCredits
			GET /api/v1/search searchFilmsAndPeople
			GET /problems listProblemTypes
			GET /problems/{code} getProblemType
			""";

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyOperationHasItsOwnStableName() throws Exception {
		JsonNode paths = JsonMapper.builder()
			.build()
			.readTree(this.mvc.get()
				.uri("/v3/api-docs")
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8))
			.get("paths");
		List<String> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				operations.add(operation.getKey().toUpperCase() + " " + path.getKey() + " "
						+ operation.getValue().path("operationId").asString());
			}
		}

		assertThat(operations).containsExactlyInAnyOrderElementsOf(IDS.lines().map(String::strip).toList());
		assertThat(operations).noneMatch((operation) -> operation.matches(".*_\\d+"));
		assertThat(operations.stream().map((operation) -> operation.substring(operation.lastIndexOf(' ') + 1)))
			.doesNotHaveDuplicates();
	}

}
