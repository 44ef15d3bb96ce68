package dev.marquee.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.films.FilmDocuments;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code marquee.images.store=s3} and the store down (nothing listens at its
 * address): an upload answers 503 naming the store and stores nothing, a file in the
 * store answers 503, health says DEGRADED, and the rest of the API works.
 */
@MarqueeTest
class ImageS3StoreDownTests {

	static final URI DOWN = URI.create("http://127.0.0.1:" + closedPort());

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		S3MockServer.configure(registry, DOWN, S3MockServer.BUCKET);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	FilmDocuments documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImageStoreHealthIndicator health;

	private ImageOwners owners;

	@BeforeEach
	void owners() {
		this.owners = new ImageOwners(this.mvc, this.documents, TestKeys.admin(this.keys));
	}

	@Test
	void anUploadAnswers503NamingTheStoreAndStoresNothing() {
		String film = this.owners.film();
		String etag = this.mvc.get().uri(film).exchange().getResponse().getHeader(HttpHeaders.ETAG);
		int files = this.jdbc.queryForObject("select count(*) from image_file", Integer.class);

		MvcTestResult answer = this.mvc.post()
			.uri(film + "/images")
			.multipart()
			.file(new org.springframework.mock.web.MockMultipartFile("file", "poster.jpg", "image/jpeg",
					ImageOwners.picture()))
			.param("kind", "poster")
			.header(HttpHeaders.AUTHORIZATION, this.owners.admin())
			.header("X-Request-Id", "s3-down")
			.exchange();

		assertThat(answer).hasHeader(HttpHeaders.RETRY_AFTER, "5");
		ImageUploadTests.assertProblem(answer, 503, """
				{"type":"/problems/image-store-unavailable","title":"Image store unavailable","status":503,
				 "detail":"The image store cannot be reached (bucket 'marquee-images' at %1$s); nothing was stored",
				 "instance":"%2$s/images","code":"image-store-unavailable","correlationId":"s3-down"}""".formatted(DOWN,
				film));
		assertThat(this.jdbc.queryForObject("select count(*) from image i join film f on f.id = i.film_id "
				+ "where '/api/v1/films/' || f.imdb_id = ?", Integer.class, film))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from image_file", Integer.class)).isEqualTo(files);
		assertThat(this.mvc.get().uri(film).exchange()).as("the film is unchanged, and served")
			.hasStatusOk()
			.hasHeader(HttpHeaders.ETAG, etag);
	}

	@Test
	void aFileInTheStoreAnswers503AndHealthIsDegraded() {
		String sha = Long.toHexString(System.nanoTime())
				+ "0".repeat(64 - Long.toHexString(System.nanoTime()).length());
		this.jdbc.update("insert into image_file (sha256, format, width, height, store) values (?, 'jpg', 9, 9, 's3')",
				sha);
		this.jdbc.update("insert into image_variant (sha256, size, width, height) values (?, 'w92', 9, 9)", sha);
		try {
			MvcTestResult answer = this.mvc.get()
				.uri("/images/" + sha + "/w92.jpg")
				.header("X-Request-Id", "s3-down-read")
				.exchange();
			ImageUploadTests.assertProblem(answer, 503,
					"""
							{"type":"/problems/image-store-unavailable","title":"Image store unavailable","status":503,
							 "detail":"The image store cannot be reached (bucket 'marquee-images' at %1$s)",
							 "instance":"/images/%2$s/w92.jpg","code":"image-store-unavailable","correlationId":"s3-down-read"}"""
						.formatted(DOWN, sha));
		}
		finally {
			this.jdbc.update("delete from image_file where sha256 = ?", sha);
		}
		Health health = this.health.health();
		assertThat(health.getStatus()).isEqualTo(ImageStoreHealthIndicator.DEGRADED);
		assertThat(health.getDetails()).isEqualTo(Map.of("store", "s3", "error",
				"The image store cannot be reached (bucket 'marquee-images' at " + DOWN + ")"));
	}

	private static int closedPort() {
		try {
			return S3MockServer.freePort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
