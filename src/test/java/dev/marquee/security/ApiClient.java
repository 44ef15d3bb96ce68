package dev.marquee.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Sends raw requests through MockMvc and, like the servlet container would, renders an
 * error the application left to the container ({@code sendError}, an exception that
 * escaped every handler) through the {@code /error} page, so the answer checked is the
 * one a client would get.
 */
final class ApiClient {

	private final MockMvc mvc;

	ApiClient(MockMvc mvc) {
		this.mvc = mvc;
	}

	Answer send(Request request) {
		Multipart multipart = Multipart.of(request.body(), request.contentType());
		AbstractMockHttpServletRequestBuilder<?> builder = (multipart != null)
				? multipart.request(HttpMethod.valueOf(request.method()), URI.create(request.uri()))
				: MockMvcRequestBuilders.request(HttpMethod.valueOf(request.method()), URI.create(request.uri()));
		request.headers().forEach(builder::header);
		if (multipart == null && request.body() != null) {
			builder.content(request.body());
		}
		if (multipart == null && request.contentType() != null) {
			builder.contentType(request.contentType());
		}
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(builder).andReturn().getResponse();
		}
		catch (Exception ex) {
			return errorPage(request, 500, ex);
		}
		if (response.getErrorMessage() != null
				|| (response.getStatus() >= 400 && response.getContentAsByteArray().length == 0)) {
			return errorPage(request, response.getStatus(), null);
		}
		return Answer.of(response);
	}

	private Answer errorPage(Request request, int status, @Nullable Exception failure) {
		MockHttpServletRequestBuilder error = MockMvcRequestBuilders.get("/error")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, URI.create(request.uri()).getRawPath());
		if (failure != null) {
			error.requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure);
		}
		request.headers().forEach(error::header);
		try {
			return Answer.of(this.mvc.perform(error).andReturn().getResponse());
		}
		catch (Exception ex) {
			throw new IllegalStateException("The error page failed for " + request, ex);
		}
	}

	/**
	 * A request as sent: the URI already percent-encoded.
	 */
	record Request(String method, String uri, Map<String, String> headers, byte @Nullable [] body,
			@Nullable String contentType) {

		static Request of(String method, String uri) {
			return new Request(method, uri, new LinkedHashMap<>(), null, null);
		}

		Request header(String name, @Nullable String value) {
			if (value != null) {
				this.headers.put(name, value);
			}
			return this;
		}

		Request body(byte[] body, @Nullable String contentType) {
			return new Request(this.method, this.uri, this.headers, body, contentType);
		}

		Request body(String body, @Nullable String contentType) {
			return body(body.getBytes(StandardCharsets.UTF_8), contentType);
		}

		@Override
		public String toString() {
			String shown = (this.body != null)
					? new String(this.body, 0, Math.min(this.body.length, 300), StandardCharsets.UTF_8) : "";
			return this.method + " " + this.uri + " " + this.headers + " " + this.contentType + " " + shown;
		}

	}

	/**
	 * What came back.
	 */
	record Answer(int status, @Nullable String contentType, String body, Map<String, String> headers) {

		static Answer of(MockHttpServletResponse response) {
			Map<String, String> headers = new LinkedHashMap<>();
			for (String name : response.getHeaderNames()) {
				headers.put(name,
						String.join(", ", response.getHeaderValues(name).stream().map(String::valueOf).toList()));
			}
			try {
				return new Answer(response.getStatus(), response.getContentType(),
						response.getContentAsString(StandardCharsets.UTF_8), headers);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
