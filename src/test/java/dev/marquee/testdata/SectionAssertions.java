package dev.marquee.testdata;

import java.util.ArrayList;
import java.util.List;

import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole-answer assertions for section resources.
 */
public final class SectionAssertions {

	private SectionAssertions() {
	}

	/**
	 * The answer is 200 JSON and, with the database-assigned ids and versions taken out,
	 * strictly the expected JSON.
	 */
	public static void assertBodyWithoutAssigned(MvcTestResult result, String expectedJson) {
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		try {
			JSONAssert.assertEquals(expectedJson, SectionJson.withoutAssigned(result), JSONCompareMode.STRICT);
		}
		catch (org.json.JSONException ex) {
			throw new AssertionError(ex);
		}
	}

	public static void assertProblem(MvcTestResult result, int status, String expectedJson) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo(expectedJson);
	}

	/**
	 * The ids of a page's items, in order.
	 */
	public static List<Long> itemIds(MvcTestResult result) {
		return SectionJson.items(SectionJson.body(result)).stream().map((item) -> item.get("id").asLong()).toList();
	}

	/**
	 * Follows a section's pages from {@code firstUri} to the last, asserting each page's
	 * envelope, and answers every item met, in order.
	 */
	public static List<JsonNode> allPages(MockMvcTester mvc, String firstUri, int size, int expectedPages) {
		List<JsonNode> items = new ArrayList<>();
		String uri = firstUri;
		for (int page = 1; page <= expectedPages; page++) {
			MvcTestResult result = mvc.get().uri(uri).exchange();
			assertThat(result).hasStatusOk();
			JsonNode body = SectionJson.body(result);
			List<JsonNode> pageItems = SectionJson.items(body);
			assertThat(body.get("size").asInt()).isEqualTo(size);
			if (page < expectedPages) {
				assertThat(pageItems).hasSize(size);
				String cursor = body.get("nextCursor").asString();
				assertThat(body.get("next").asString()).startsWith("http://localhost")
					.contains("after=" + cursor)
					.contains("size=" + size);
				uri = firstUri + (firstUri.contains("?") ? "&" : "?") + "after=" + cursor;
			}
			else {
				assertThat(pageItems).isNotEmpty().hasSizeLessThanOrEqualTo(size);
				assertThat(body.get("nextCursor").isNull()).isTrue();
				assertThat(body.get("next").isNull()).isTrue();
			}
			items.addAll(pageItems);
		}
		return items;
	}

}
