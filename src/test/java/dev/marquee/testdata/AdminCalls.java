package dev.marquee.testdata;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.assertj.core.api.ThrowingConsumer;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admin writes for tests: each request sent with one API key and a known
 * {@code X-Request-Id}, so problems can be asserted whole.
 */
public final class AdminCalls {

	/**
	 * The media type of a JSON merge patch.
	 */
	public static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	private final MockMvcTester mvc;

	private final String key;

	private final String requestId;

	public AdminCalls(MockMvcTester mvc, String key, String requestId) {
		this.mvc = mvc;
		this.key = key;
		this.requestId = requestId;
	}

	/**
	 * The same calls with another key (a reader's, a revoked one, …).
	 */
	public AdminCalls as(String otherKey) {
		return new AdminCalls(this.mvc, otherKey, this.requestId);
	}

	public MvcTestResult post(String uri, String json) {
		return request(HttpMethod.POST, uri, null).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	public MvcTestResult put(String uri, @Nullable String ifMatch, String json) {
		return request(HttpMethod.PUT, uri, ifMatch).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	public MvcTestResult patch(String uri, @Nullable String ifMatch, String json) {
		return request(HttpMethod.PATCH, uri, ifMatch).contentType(MERGE_PATCH).content(json).exchange();
	}

	public MvcTestResult delete(String uri, @Nullable String ifMatch) {
		return request(HttpMethod.DELETE, uri, ifMatch).exchange();
	}

	/**
	 * A request of this method with the key, the request id and, when given, If-Match.
	 */
	public MockMvcRequestBuilder request(HttpMethod method, String uri, @Nullable String ifMatch) {
		MockMvcRequestBuilder request = this.mvc.method(method).uri(uri).header("X-Request-Id", this.requestId);
		if (!this.key.isEmpty()) {
			request.header(HttpHeaders.AUTHORIZATION, this.key);
		}
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request;
	}

	/**
	 * Asserts the status, the problem+json content type and the whole problem.
	 */
	public static void assertProblem(MvcTestResult result, int status, String expectedJson) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo(expectedJson);
	}

	public static String etag(MvcTestResult result) {
		return Objects.requireNonNull(result.getResponse().getHeader(HttpHeaders.ETAG), "no ETag");
	}

	/**
	 * Asserts the ETag of a resource that shows other resources: this version of its own,
	 * then a digest of theirs ({@code "2.3f9a0c12b4e6d8a1"}).
	 */
	public static ThrowingConsumer<MvcTestResult> shownETag(long version) {
		return (result) -> assertThat(etag(result)).matches("\"" + version + "\\.[0-9a-f]{16}\"");
	}

	/**
	 * Asserts the ETag names this version of the resource, with a digest of the resources
	 * it shows or without one when it shows none.
	 */
	public static ThrowingConsumer<MvcTestResult> versionETag(long version) {
		return (result) -> assertThat(etag(result)).matches("\"" + version + "(\\.[0-9a-f]{16})?\"");
	}

	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
