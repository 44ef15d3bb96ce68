package dev.marquee.image;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.films.FilmDocuments;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.TestKeys;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * With {@code marquee.images.store=s3}, against a real S3 server ({@link S3MockServer}):
 * every size of an upload is an object of the bucket and nothing but the metadata is in
 * PostgreSQL; the files are served through the same URLs with the same headers and bytes;
 * the objects go once no image uses them (an image deleted, or its film or person), and
 * stay when the picture is uploaded again first; a store that lacks what it should
 * answers 503 naming it.
 */
@MarqueeTest
class ImageS3StoreTests {

	static final String FOREVER = "max-age=31536000, public, immutable";

	static final List<String> SIZES = List.of("w92", "w185", "w342", "w500", "original");

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		S3MockServer.start().configure(registry);
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
	ImageObjectSweeper sweeper;

	private final S3MockServer s3 = S3MockServer.start();

	private ImageOwners owners;

	@BeforeEach
	void owners() {
		this.owners = new ImageOwners(this.mvc, this.documents, TestKeys.admin(this.keys));
	}

	@Test
	void everySizeIsAnObjectServedWithItsBytesAndTheImmutableHeaders() {
		String film = this.owners.film();
		String sha = this.owners.uploaded(film, "poster", ImageOwners.picture());

		assertThat(objects(sha)).containsExactlyInAnyOrder("images/" + sha + "/w92.jpg", "images/" + sha + "/w185.jpg",
				"images/" + sha + "/w342.jpg", "images/" + sha + "/w500.jpg", "images/" + sha + "/original.jpg");
		assertThat(this.jdbc.queryForMap("select store, format from image_file where sha256 = ?", sha))
			.isEqualTo(Map.of("store", "s3", "format", "jpg"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) filter (where bytes is null) || '/' || count(*) from image_variant where sha256 = ?",
				String.class, sha))
			.as("the variants' rows, without their bytes")
			.isEqualTo("5/5");
		for (String size : SIZES) {
			byte[] stored = this.s3.client()
				.getObjectAsBytes(
						(request) -> request.bucket(S3MockServer.BUCKET).key("images/" + sha + "/" + size + ".jpg"))
				.asByteArray();
			MvcTestResult served = this.mvc.get().uri("/images/" + sha + "/" + size + ".jpg").exchange();
			assertThat(served).as(size)
				.hasStatusOk()
				.hasContentType(MediaType.IMAGE_JPEG)
				.hasHeader(HttpHeaders.CACHE_CONTROL, FOREVER)
				.hasHeader(HttpHeaders.ETAG, "\"" + sha + "-" + size + "\"")
				.hasHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(stored.length));
			assertThat(served.getResponse().getContentAsByteArray()).as(size).isEqualTo(stored);
			assertThat(TestImages.read(stored).getWidth()).as(size).isPositive();
		}
		assertThat(this.mvc.get()
			.uri("/images/" + sha + "/w342.jpg")
			.header(HttpHeaders.IF_NONE_MATCH, "\"" + sha + "-w342\"")
			.exchange()).hasStatus(304).hasHeader(HttpHeaders.CACHE_CONTROL, FOREVER);
	}

	@Test
	void anImagesObjectsGoWhenTheLastImageUsingThemIsDeleted() {
		byte[] picture = ImageOwners.picture();
		String first = this.owners.film();
		String second = this.owners.film();
		MvcTestResult one = this.owners.upload(first, "poster", picture);
		MvcTestResult other = this.owners.upload(second, "poster", picture);
		String sha = JsonPath.read(AdminCalls.body(one), "$.sha256");
		assertThat(objects(sha)).hasSize(5);

		deleteImage(first, one);
		this.sweeper.sweep();
		assertThat(objects(sha)).as("the other film still shows the picture").hasSize(5);
		assertThat(this.mvc.get().uri("/images/" + sha + "/w185.jpg").exchange()).hasStatusOk();

		deleteImage(second, other);
		assertThat(this.jdbc.queryForObject("select count(*) from image_file where sha256 = ?", Integer.class, sha))
			.isZero();
		// Deleted as soon as the deletion commits, by the sweeper's thread.
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(objects(sha)).isEmpty());
		assertThat(this.mvc.get().uri("/images/" + sha + "/w185.jpg").exchange()).hasStatus(404);
	}

	@Test
	void theObjectsOfADeletedFilmOrPersonGoWithThem() {
		String film = this.owners.film();
		String person = this.owners.person();
		String poster = this.owners.uploaded(film, "poster", ImageOwners.picture());
		String profile = this.owners.uploaded(person, "profile", ImageOwners.picture());
		assertThat(objects(poster)).hasSize(5);
		assertThat(objects(profile)).hasSize(5);

		this.owners.delete(film);
		this.owners.delete(person);
		assertThat(this.jdbc.queryForList("select sha256 from image_object_unused where sha256 in (?, ?)", String.class,
				poster, profile))
			.as("listed for deletion once the deletions commit")
			.containsExactlyInAnyOrder(poster, profile);

		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			this.sweeper.sweep();
			assertThat(objects(poster)).isEmpty();
			assertThat(objects(profile)).isEmpty();
		});
		assertThat(this.jdbc.queryForObject("select count(*) from image_object_unused where sha256 in (?, ?)",
				Integer.class, poster, profile))
			.isZero();
	}

	@Test
	void aDocumentLeavingAnImageOutDeletesTheObjectsOfItsFileOnlyWhenNoImageUsesIt() {
		String film = this.owners.film();
		String gone = this.owners.uploaded(film, "poster", ImageOwners.picture());
		String kept = this.owners.uploaded(film, "still", ImageOwners.picture());
		MvcTestResult read = this.mvc.get().uri(film + "/document").exchange();
		String document = AdminCalls.body(read);
		int from = document.indexOf("\"images\":[");
		int to = document.indexOf(']', from) + 1;
		// The still stays, as a backdrop: its image is replaced by another of the same
		// file.
		String images = "\"images\":[{\"file\":\"" + kept
				+ "\",\"kind\":\"backdrop\",\"language\":null,\"primary\":true,\"order\":0}]";

		assertThat(new AdminCalls(this.mvc, this.owners.admin(), "s3-document").put(film + "/document",
				AdminCalls.etag(read), document.substring(0, from) + images + document.substring(to)))
			.hasStatusOk();

		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			this.sweeper.sweep();
			assertThat(objects(gone)).isEmpty();
		});
		assertThat(objects(kept)).hasSize(5);
		assertThat(this.mvc.get().uri("/images/" + kept + "/w185.jpg").exchange()).hasStatusOk();
		assertThat(this.jdbc.queryForObject("select count(*) from image_object_unused where sha256 = ?", Integer.class,
				kept))
			.isZero();
	}

	@Test
	void aPictureUploadedAgainBeforeTheSweepKeepsItsObjects() {
		byte[] picture = ImageOwners.picture();
		String deleted = this.owners.film();
		String sha = this.owners.uploaded(deleted, "poster", picture);
		this.owners.delete(deleted);
		assertThat(this.jdbc.queryForList("select sha256 from image_object_unused where sha256 = ?", String.class, sha))
			.hasSize(1);

		assertThat(this.owners.uploaded(this.owners.film(), "poster", picture)).isEqualTo(sha);
		this.sweeper.sweep();

		assertThat(objects(sha)).as("written again by the upload, and kept").hasSize(5);
		assertThat(this.jdbc.queryForObject("select count(*) from image_object_unused where sha256 = ?", Integer.class,
				sha))
			.isZero();
		assertThat(this.mvc.get().uri("/images/" + sha + "/original.jpg").exchange()).hasStatusOk();
	}

	@Test
	void aFileTheStoreLostAnswers503NamingIt() {
		String sha = this.owners.uploaded(this.owners.film(), "still", ImageOwners.picture());
		this.s3.client()
			.deleteObject((request) -> request.bucket(S3MockServer.BUCKET).key("images/" + sha + "/w92.jpg"));

		MvcTestResult answer = this.mvc.get()
			.uri("/images/" + sha + "/w92.jpg")
			.header("X-Request-Id", "s3-lost")
			.exchange();

		assertThat(answer).hasHeader(HttpHeaders.RETRY_AFTER, "5");
		ImageUploadTests.assertProblem(answer, 503, """
				{"type":"/problems/image-store-unavailable","title":"Image store unavailable","status":503,
				 "detail":"The image store has no object images/%1$s/w92.jpg (bucket 'marquee-images' at %2$s)",
				 "instance":"/images/%1$s/w92.jpg","code":"image-store-unavailable","correlationId":"s3-lost"}"""
			.formatted(sha, this.s3.endpoint()));
		assertThat(this.mvc.get().uri("/images/" + sha + "/w185.jpg").exchange()).hasStatusOk();
	}

	@Test
	void aMissingBucketIsNamed() {
		ImageObjects missing = new ImageObjects(new ImageStoreProperties.S3(this.s3.endpoint(), "no-such-bucket",
				"us-east-1", "marquee", "secret", true, Duration.ofSeconds(5), Duration.ofHours(1)));
		ImageEncoder.Encoded encoded = new ImageEncoder.Encoded("0".repeat(64), "jpg", 1, 1,
				Map.of(ImageSize.ORIGINAL, new ImageEncoder.Variant(1, 1, TestImages.jpeg(1, 1))));
		try {
			assertThatExceptionOfType(ImageStoreUnavailableException.class).isThrownBy(() -> missing.put(encoded))
				.withMessage("The image store has no bucket 'no-such-bucket' (at " + this.s3.endpoint()
						+ "); nothing was stored");
			assertThatExceptionOfType(ImageStoreUnavailableException.class).isThrownBy(missing::check)
				.withMessage("The image store has no bucket 'no-such-bucket' (at " + this.s3.endpoint() + ")");
		}
		finally {
			missing.destroy();
		}
	}

	private void deleteImage(String owner, MvcTestResult created) {
		long id = ((Number) JsonPath.read(AdminCalls.body(created), "$.id")).longValue();
		assertThat(new AdminCalls(this.mvc, this.owners.admin(), "s3-delete").delete(owner + "/images/" + id,
				AdminCalls.etag(created)))
			.hasStatus(204);
	}

	private List<String> objects(String sha) {
		return this.s3.client()
			.listObjectsV2((request) -> request.bucket(S3MockServer.BUCKET).prefix("images/" + sha + "/"))
			.contents()
			.stream()
			.map(S3Object::key)
			.toList();
	}

}
