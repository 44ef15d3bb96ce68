package dev.marquee.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.films.FilmDocuments;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.image.ImageUploadTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file an upload refuses, each with the problem naming its cause, and nothing
 * stored. The bomb is refused from its header: its 900 million pixels are never
 * allocated.
 */
@MarqueeTest
class ImageRefusalTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilmDocuments documents;

	private String admin;

	private final String film = TestIds.film();

	private final String path = "/api/v1/films/" + this.film + "/images";

	@BeforeEach
	void filmAndKey() {
		this.admin = TestKeys.admin(this.keys);
		this.documents.upsert(FilmDocumentBuilder.film(this.film, "Refusals").build());
	}

	@Test
	void aDecompressionBombIsRefusedFromItsHeader() {
		refused(TestImages.pngBomb(), "image/png", 413, "image-too-large", "Image too large",
				"The image's header claims 30000 × 30000 pixels (900000000); an image may have at most 40000000");
	}

	@Test
	void aJpegDecompressionBombIsRefusedFromItsHeader() {
		refused(TestImages.jpegBomb(), "image/jpeg", 413, "image-too-large", "Image too large",
				"The image's header claims 30000 × 30000 pixels (900000000); an image may have at most 40000000");
	}

	@Test
	void aProgressiveJpegDecompressionBombIsRefusedFromItsHeader() {
		refused(TestImages.progressiveJpegBomb(30_000, 30_000), "image/jpeg", 413, "image-too-large", "Image too large",
				"The image's header claims 30000 × 30000 pixels (900000000); an image may have at most 40000000");
	}

	@Test
	void aFileOverTheByteLimitIsRefused() {
		byte[] big = TestImages.concat(TestImages.jpeg(16, 16), new byte[20 * 1024 * 1024]);
		refused(big, "image/jpeg", 413, "image-too-large", "Image too large",
				"The file has more than 20971520 bytes, the most an image may have");
	}

	@Test
	void anUploadOverTheLimitIsRefusedBeforeItIsRead() {
		byte[] body = new byte[21 * 1024 * 1024];
		assertProblem(
				this.mvc.post()
					.uri(this.path)
					.contentType("multipart/form-data; boundary=never-read")
					.content(body)
					.header(HttpHeaders.AUTHORIZATION, this.admin)
					.header("X-Request-Id", "img-upload-413")
					.exchange(),
				413, """
						{"type":"/problems/image-too-large","title":"Image too large","status":413,
						 "detail":"The upload has 22020096 bytes; an image may have at most 20971520",
						 "instance":"%s","code":"image-too-large","correlationId":"img-upload-413"}"""
					.formatted(this.path));
	}

	@Test
	void aTruncatedFileIsRefused() {
		byte[] jpeg = TestImages.jpeg(300, 200);
		byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
		refused(truncated, "image/jpeg", 422, "image-corrupt", "Corrupt image",
				"The JPEG file is truncated: it ends at byte " + truncated.length + " before the image does");
		byte[] png = TestImages.png(300, 200, false);
		byte[] truncatedPng = Arrays.copyOf(png, png.length - 20);
		refused(truncatedPng, "image/png", 422, "image-corrupt", "Corrupt image",
				"The PNG file is truncated: it ends at byte " + truncatedPng.length + " before the image does");
	}

	@Test
	void aPolyglotFileIsRefused() {
		byte[] jpeg = TestImages.jpeg(64, 64);
		byte[] polyglot = TestImages.concat(jpeg,
				"<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII));
		refused(polyglot, "image/jpeg", 422, "image-polyglot", "Image with other content",
				"The JPEG image ends at byte " + jpeg.length + " but the file goes on to byte " + polyglot.length
						+ " with other content");
	}

	@Test
	void anSvgIsRefused() {
		byte[] svg = """
				<?xml version="1.0"?>
				<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>"""
			.getBytes(StandardCharsets.UTF_8);
		refused(svg, "image/svg+xml", 422, "image-unsupported", "Unsupported image",
				"The file is an SVG image, which can carry scripts; only JPEG, PNG and WebP images are accepted");
	}

	@Test
	void anEmptyFileIsRefused() {
		refused(new byte[0], "image/jpeg", 422, "image-unsupported", "Unsupported image",
				"The file is empty (0 bytes); only JPEG, PNG and WebP images are accepted");
	}

	@Test
	void aFileSentWithAnotherContentTypeIsRefused() {
		refused(TestImages.png(32, 32, false), "image/jpeg", 422, "image-type-mismatch", "Image type mismatch",
				"The file was sent as image/jpeg but its bytes are a PNG image (image/png)");
		refused(TestImages.jpeg(32, 32), "text/plain", 422, "image-type-mismatch", "Image type mismatch",
				"The file was sent as text/plain but its bytes are a JPEG image (image/jpeg)");
	}

	@Test
	void aKindTheOwnerHasNotIsRefusedBeforeTheFileIsRead() {
		assertProblem(
				this.mvc.post()
					.uri(this.path)
					.multipart()
					.file(new MockMultipartFile("file", "x.jpg", "image/jpeg", new byte[0]))
					.param("kind", "profile")
					.header(HttpHeaders.AUTHORIZATION, this.admin)
					.header("X-Request-Id", "img-kind")
					.exchange(),
				400,
				"""
						{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
						 "detail":"must be one of [backdrop, logo, poster, still] for a film",
						 "instance":"%s","code":"invalid-parameter","correlationId":"img-kind",
						 "errors":[{"name":"kind","in":"body","message":"must be one of [backdrop, logo, poster, still] for a film"}]}"""
					.formatted(this.path));
	}

	private void refused(byte[] bytes, String contentType, int status, String code, String title, String detail) {
		MvcTestResult answer = this.mvc.post()
			.uri(this.path)
			.multipart()
			.file(new MockMultipartFile("file", "upload.jpg", contentType, bytes))
			.param("kind", "poster")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "img-" + code)
			.exchange();
		assertProblem(answer, status, """
				{"type":"/problems/%1$s","title":"%2$s","status":%3$d,"detail":"%4$s",
				 "instance":"%5$s","code":"%1$s","correlationId":"img-%1$s"}""".formatted(code, title, status, detail,
				this.path));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from image i join film f on f.id = i.film_id where f.imdb_id = ?", Integer.class,
				this.film))
			.isZero();
	}

}
