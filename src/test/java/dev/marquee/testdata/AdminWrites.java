package dev.marquee.testdata;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Write requests sent with an admin key, for tests of the admin API.
 *
 * @param mvc the application under test
 * @param key the admin key as an {@code Authorization} header value
 * ({@link TestKeys#admin})
 */
public record AdminWrites(MockMvcTester mvc, String key) {

	/**
	 * POSTs a JSON body.
	 */
	public MvcTestResult post(String uri, String json) {
		return send(this.mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(json), null);
	}

	/**
	 * Sends the request with the admin key and, when given, {@code If-Match}.
	 */
	public MvcTestResult send(MockMvcTester.MockMvcRequestBuilder request, @Nullable String ifMatch) {
		request.header(HttpHeaders.AUTHORIZATION, this.key);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.exchange();
	}

}
