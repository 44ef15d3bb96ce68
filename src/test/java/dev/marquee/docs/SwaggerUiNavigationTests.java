package dev.marquee.docs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a developer meets in Swagger UI, read from {@code /v3/api-docs}, which Swagger UI
 * draws as it is: the tags in reading order, a film's sections under their families, each
 * collection before its items, error answers whose examples are the problems of their
 * status, the Authorize text whole, and request examples a film could have.
 */
@MarqueeTest
class SwaggerUiNavigationTests {

	private static final String TRIVIA = "/api/v1/films/{id}/trivia";

	@Autowired
	MockMvcTester mvc;

	private JsonNode document;

	@BeforeEach
	void readDocument() throws Exception {
		this.document = JsonMapper.builder()
			.build()
			.readTree(this.mvc.get()
				.uri("/v3/api-docs")
				.exchange()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void listsTheTagsInReadingOrderFilmsFirstAdminLast() {
		List<String> tags = new ArrayList<>();
		this.document.get("tags").forEach((tag) -> tags.add(tag.get("name").asString()));

		assertThat(tags).containsExactly("Films", "Film documents", "Film cast and crew", "Film storyline",
				"Film did you know", "Film reviews and awards", "Film details", "Film videos and episodes", "People",
				"Search", "Lists", "Companies", "Keywords", "Images", "Changes", "Problems", "Admin: API keys",
				"Admin: imports");
		assertThat(this.document.get("tags")).allSatisfy(
				(tag) -> assertThat(tag.path("description").asString()).as(tag.get("name").asString()).isNotBlank());
	}

	@Test
	void tagsEachSectionByItsFamily() {
		Map<String, List<String>> operationsByTag = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> path : this.document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				operationsByTag
					.computeIfAbsent(operation.getValue().get("tags").get(0).asString(), (tag) -> new ArrayList<>())
					.add(operation.getValue().get("operationId").asString());
			}
		}

		assertThat(operationsByTag).doesNotContainKey("Film sections");
		assertThat(operationsByTag.get("Film cast and crew")).containsExactly("listFilmCast", "addFilmCastCredit",
				"getFilmCastCredit", "replaceFilmCastCredit", "deleteFilmCastCredit", "patchFilmCastCredit",
				"listFilmCrew", "addFilmCrewCredit", "getFilmCrewCredit", "replaceFilmCrewCredit",
				"deleteFilmCrewCredit", "patchFilmCrewCredit");
		assertThat(operationsByTag.get("Film reviews and awards")).containsExactly("listFilmReviews", "addFilmReview",
				"getFilmReview", "replaceFilmReview", "deleteFilmReview", "patchFilmReview", "getFilmAwards",
				"addFilmAwardNomination", "getFilmAwardNomination", "replaceFilmAwardNomination",
				"deleteFilmAwardNomination", "patchFilmAwardNomination", "getFilmAwardSummary", "putFilmAwardSummary",
				"deleteFilmAwardSummary");
		assertThat(operationsByTag.get("Film videos and episodes")).containsExactly("listFilmVideos", "addFilmVideo",
				"getFilmVideo", "replaceFilmVideo", "deleteFilmVideo", "patchFilmVideo", "listFilmEpisodes");
	}

	@Test
	void listsEveryCollectionBeforeItsItems() {
		List<String> paths = new ArrayList<>();
		this.document.get("paths").properties().forEach((path) -> paths.add(path.getKey()));

		for (String path : paths) {
			if (path.endsWith("/{itemId}")) {
				String collection = path.substring(0, path.length() - "/{itemId}".length());
				if (paths.contains(collection)) {
					assertThat(paths.indexOf(collection)).as(path).isLessThan(paths.indexOf(path));
				}
			}
		}
	}

	@Test
	void showsTheProblemsEachErrorStatusAnswers() throws Exception {
		JsonNode add = this.document.get("paths").get(TRIVIA).get("post").get("responses");

		assertThat(exampleNames(add.get("400"))).containsExactly("invalid-parameter", "malformed-request",
				"invalid-body");
		assertThat(exampleNames(add.get("401"))).containsExactly("unauthorized");
		assertThat(exampleNames(add.get("403"))).containsExactly("forbidden");
		assertThat(exampleNames(add.get("404"))).containsExactly("not-found");
		assertThat(exampleNames(add.get("409"))).containsExactly("idempotency-key-in-progress");
		assertThat(exampleNames(add.get("422"))).containsExactly("idempotency-key-reused");
		assertThat(
				exampleNames(this.document.get("paths").get("/api/v1/people").get("post").get("responses").get("409")))
			.containsExactly("conflict", "concurrent-write", "idempotency-key-in-progress");
		JSONAssert.assertEquals(
				"""
						{"summary":"invalid-body: Invalid request body",
						 "value":{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						          "detail":"The request body has 2 invalid fields: spoilr, text",
						          "instance":"/api/v1/films/tt3783958/trivia","code":"invalid-body",
						          "correlationId":"5b0c2a8e-2f3c-4d0e-9a57-8d1f0a3c6e21",
						          "errors":[{"name":"spoilr","in":"body","message":"is not a field of this body (did you mean 'spoiler'?)"},
						                    {"name":"text","in":"body","message":"must not be blank"}]}}""",
				this.document.at("/components/examples/invalid-body").toString(), JSONCompareMode.STRICT);
		JSONAssert.assertEquals("""
				{"summary":"forbidden: Not allowed",
				 "value":{"type":"/problems/forbidden","title":"Not allowed","status":403,
				          "detail":"Your API key's role does not allow POST here",
				          "instance":"/api/v1/films/tt3783958/trivia","code":"forbidden",
				          "correlationId":"5b0c2a8e-2f3c-4d0e-9a57-8d1f0a3c6e21"}}""",
				this.document.at("/components/examples/forbidden").toString(), JSONCompareMode.STRICT);
	}

	@Test
	void everyErrorExampleIsAProblemOfItsStatus() {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				for (Map.Entry<String, JsonNode> response : operation.getValue().get("responses").properties()) {
					JsonNode problem = response.getValue().path("content").path("application/problem+json");
					if (problem.isMissingNode()) {
						continue;
					}
					if (problem.path("examples").isEmpty()) {
						wrong.add(operation.getKey() + " " + path.getKey() + " " + response.getKey() + " has none");
					}
					for (JsonNode example : problem.path("examples")) {
						String ref = example.get("$ref").asString();
						JsonNode value = this.document
							.at("/components/examples/" + ref.substring(ref.lastIndexOf('/') + 1) + "/value");
						if (!response.getKey().equals(value.path("status").asString())) {
							wrong.add(operation.getKey() + " " + path.getKey() + " " + response.getKey() + " shows "
									+ value.path("code").asString());
						}
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void authorizeTextShowsTheWholeHeader() {
		assertThat(this.document.at("/components/securitySchemes/bearer/description").asString()).startsWith(
				"An API key (`mq_…`), sent as `Authorization: Bearer <key>`: paste the key alone, Swagger UI adds "
						+ "`Bearer`.");
	}

	@Test
	void boxOfficeExamplesAreFiguresAFilmCouldHave() throws Exception {
		JsonNode boxOffice = this.document.get("paths").get("/api/v1/films/{id}/box-office");

		JSONAssert.assertEquals(
				"""
						{"La La Land":{"description":"La La Land","value":{"budget":{"amount":30000000,"currency":"USD"},"budgetEstimated":true,
						 "grossDomestic":{"amount":151101803,"currency":"USD"},
						 "openingWeekendDomestic":{"amount":881107,"currency":"USD"},"openingWeekendDate":"2016-12-11",
						 "grossWorldwide":{"amount":447407695,"currency":"USD"}}}}""",
				boxOffice.at("/put/requestBody/content/application~1json/examples").toString(), JSONCompareMode.STRICT);
		JSONAssert.assertEquals(
				"""
						{"worldwide gross after a re-release":{"description":"worldwide gross after a re-release","value":{"grossWorldwide":{"amount":471990123}}}}""",
				boxOffice.at("/patch/requestBody/content/application~1merge-patch+json/examples").toString(),
				JSONCompareMode.STRICT);
	}

	private static List<String> exampleNames(JsonNode response) {
		List<String> names = new ArrayList<>();
		response.at("/content/application~1problem+json/examples").properties().forEach((example) -> {
			names.add(example.getKey());
			assertThat(example.getValue().get("$ref").asString())
				.isEqualTo("#/components/examples/" + example.getKey());
		});
		return names;
	}

}
