package dev.marquee.security;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A body documented as {@code multipart/form-data} (an image upload) sent as one: the
 * suites make every body as JSON from the documented examples; here each field of a JSON
 * object becomes a form field, the {@code file} field a small JPEG file. A body that is
 * no JSON object (a broken one) is sent as it is, with its multipart type, for the API to
 * refuse.
 */
record Multipart(Map<String, String> fields, Map<String, byte[]> files) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final byte[] JPEG = jpeg();

	static @Nullable Multipart of(byte @Nullable [] body, @Nullable String contentType) {
		if (body == null || contentType == null || !contentType.startsWith("multipart/form-data")) {
			return null;
		}
		JsonNode parsed;
		try {
			parsed = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
		if (parsed == null || !parsed.isObject()) {
			return null;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : parsed.properties()) {
			if (field.getKey().equals("file") && field.getValue().isString()) {
				files.put(field.getKey(), JPEG);
			}
			else if (!field.getValue().isNull()) {
				fields.put(field.getKey(),
						field.getValue().isValueNode() ? field.getValue().asString() : field.getValue().toString());
			}
		}
		return new Multipart(fields, files);
	}

	/**
	 * The request: MockMvc parses no multipart body, so the parts are given as such.
	 */
	AbstractMockHttpServletRequestBuilder<?> request(HttpMethod method, URI uri) {
		MockMultipartHttpServletRequestBuilder builder = MockMvcRequestBuilders.multipart(method, uri);
		this.files
			.forEach((name, bytes) -> builder.file(new MockMultipartFile(name, "example.jpg", "image/jpeg", bytes)));
		this.fields.forEach(builder::param);
		return builder;
	}

	private static byte[] jpeg() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB), "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
