package dev.marquee.image;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.films.FilmDocuments;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Uploads of JPEG, PNG and WebP files: each stored with every size ready when the upload
 * answers, served at immutable URLs without a key, re-encoded from pixels alone. Each
 * test has a film of its own.
 */
@MarqueeTest
class ImageUploadTests {

	static final String FOREVER = "max-age=31536000, public, immutable";

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
		this.documents.upsert(FilmDocumentBuilder.film(this.film, "Images").languages("en").build());
	}

	@Test
	void aJpegIsStoredWithEverySizeServedImmutableWithoutItsMetadata() {
		MvcTestResult created = upload(new MockMultipartFile("file", "poster.jpg", "image/jpeg",
				TestImages.jpegWithComment(1000, 1500, "secret-camera-serial")), "poster", "en", null);
		assertThat(created).hasStatus(201).hasHeader(HttpHeaders.ETAG, "\"0\"");
		String body = body(created);
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String sha = JsonPath.read(body, "$.sha256");
		assertThat(created).hasHeader(HttpHeaders.LOCATION, this.path + "/" + id);
		assertThat(created).bodyJson().isStrictlyEqualTo(image(id, "poster", "en", 1000, 1500, true, 0, sha, "jpg", 0));

		int[][] sizes = { { 92, 138 }, { 185, 278 }, { 342, 513 }, { 500, 750 }, { 1000, 1500 } };
		String[] names = { "w92", "w185", "w342", "w500", "original" };
		for (int i = 0; i < names.length; i++) {
			MvcTestResult file = this.mvc.get().uri("/images/" + sha + "/" + names[i] + ".jpg").exchange();
			assertThat(file).hasStatusOk()
				.hasContentType(MediaType.IMAGE_JPEG)
				.hasHeader(HttpHeaders.CACHE_CONTROL, FOREVER)
				.hasHeader(HttpHeaders.ETAG, "\"" + sha + "-" + names[i] + "\"");
			byte[] bytes = file.getResponse().getContentAsByteArray();
			BufferedImage served = TestImages.read(bytes);
			assertThat(new int[] { served.getWidth(), served.getHeight() }).as(names[i]).containsExactly(sizes[i]);
			assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("secret-camera-serial");
		}
		assertThat(this.mvc.get()
			.uri("/images/" + sha + "/w342.jpg")
			.header(HttpHeaders.IF_NONE_MATCH, "\"" + sha + "-w342\"")
			.exchange()).hasStatus(304).hasHeader(HttpHeaders.CACHE_CONTROL, FOREVER);
		assertThat(this.mvc.get().uri("/images/" + sha + "/w342.png").exchange()).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void sizesOfAPictureWiderThanTwiceTheWidestAreRoundedAsFromTheFullPicture() {
		// 2986 × 2094: scaled from the 1000-wide intermediate, w92 would round to 64 high
		// (92 × 2094 / 2986 = 64.5).
		MvcTestResult created = upload(
				new MockMultipartFile("file", "wide.jpg", "image/jpeg", TestImages.jpeg(2986, 2094)), "backdrop", null,
				null);
		assertThat(created).hasStatus(201);
		String sha = JsonPath.read(body(created), "$.sha256");
		int[][] sizes = { { 92, 65 }, { 185, 130 }, { 342, 240 }, { 500, 351 }, { 2986, 2094 } };
		String[] names = { "w92", "w185", "w342", "w500", "original" };
		for (int i = 0; i < names.length; i++) {
			BufferedImage served = served(sha, names[i]);
			assertThat(new int[] { served.getWidth(), served.getHeight() }).as(names[i]).containsExactly(sizes[i]);
			assertThat(this.jdbc.queryForObject(
					"select array[width, height]::text from image_variant where sha256 = ? and size = ?", String.class,
					sha, names[i]))
				.as(names[i] + " as recorded")
				.isEqualTo("{" + sizes[i][0] + "," + sizes[i][1] + "}");
		}
	}

	@Test
	void exifMetadataWithGpsIsNotServed() {
		byte[] uploaded = TestImages.jpegWithGps(400, 600, "secret-gps-place");
		assertThat(new String(uploaded, StandardCharsets.ISO_8859_1)).contains("Exif", "secret-gps-place");
		MvcTestResult created = upload(new MockMultipartFile("file", "photo.jpg", "image/jpeg", uploaded), "still",
				null, null);
		assertThat(created).hasStatus(201);
		String sha = JsonPath.read(body(created), "$.sha256");
		for (String size : new String[] { "w92", "w185", "w342", "original" }) {
			MvcTestResult file = this.mvc.get().uri("/images/" + sha + "/" + size + ".jpg").exchange();
			assertThat(file).as(size).hasStatusOk().hasContentType(MediaType.IMAGE_JPEG);
			byte[] bytes = file.getResponse().getContentAsByteArray();
			assertThat(TestImages.read(bytes).getWidth()).as(size).isPositive();
			String served = new String(bytes, StandardCharsets.ISO_8859_1);
			assertThat(served).as(size).doesNotContain("Exif").doesNotContain("secret-gps-place");
			for (int i = 0; i + 1 < bytes.length && (bytes[i] & 0xFF) == 0xFF; i += 2) {
				int marker = bytes[i + 1] & 0xFF;
				assertThat(marker).as(size + ": an APP1 (EXIF) segment").isNotEqualTo(0xE1);
				if (marker == 0xDA) {
					break;
				}
				if (marker != 0xD8) {
					i += ((bytes[i + 2] & 0xFF) << 8 | (bytes[i + 3] & 0xFF));
				}
			}
		}
	}

	@Test
	void aJpegTurnedByItsExifOrientationIsStoredAndServedUpright() {
		// Stored 400 × 200, red top left quarter; Orientation 6 shows it turned 90°
		// clockwise: 200 × 400, red top right quarter.
		String sha = uploadedUpright(
				new MockMultipartFile("file", "phone.jpg", "image/jpeg", TestImages.jpegWithOrientation(400, 200, 6)),
				200, 400);

		int[][] sizes = { { 92, 184 }, { 185, 370 }, { 200, 400 }, { 200, 400 }, { 200, 400 } };
		String[] names = { "w92", "w185", "w342", "w500", "original" };
		for (int i = 0; i < names.length; i++) {
			BufferedImage served = served(sha, names[i]);
			int width = served.getWidth();
			int height = served.getHeight();
			assertThat(new int[] { width, height }).as(names[i]).containsExactly(sizes[i]);
			assertThat(colour(served, 3 * width / 4, height / 4)).as(names[i] + ": top right").isEqualTo("red");
			assertThat(colour(served, width / 4, height / 4)).as(names[i] + ": top left").isEqualTo("blue");
			assertThat(colour(served, 3 * width / 4, 3 * height / 4)).as(names[i] + ": bottom right").isEqualTo("blue");
			assertThat(colour(served, width / 4, 3 * height / 4)).as(names[i] + ": bottom left").isEqualTo("blue");
		}
	}

	@Test
	void aPngTurnedByTheOrientationOfItsExifChunkIsStoredAndServedUpright() {
		// As the JPEG above, with the EXIF in a PNG's eXIf chunk: 400 × 200 stored, red
		// top left; shown 200 × 400, red top right. PNG keeps the colours exactly.
		String sha = uploadedUpright(
				new MockMultipartFile("file", "phone.png", "image/png", TestImages.pngWithOrientation(400, 200, 6)),
				200, 400);
		BufferedImage served = served(sha);
		assertThat(new int[] { served.getWidth(), served.getHeight() }).containsExactly(200, 400);
		assertThat(colour(served, 150, 100)).as("top right").isEqualTo("red");
		assertThat(colour(served, 50, 100)).as("top left").isEqualTo("blue");
		assertThat(colour(served, 150, 300)).as("bottom right").isEqualTo("blue");
	}

	@Test
	void aWebpTurnedByTheOrientationOfItsExifChunkIsStoredAndServedUpright() {
		// The 300 × 200 sunset with Orientation 6 (turned 90° clockwise): 200 × 300, its
		// pixel (x, y) the stored one at (y, 199 - x).
		BufferedImage stored = TestImages.read(TestImages.webp());
		String sha = uploadedUpright(
				new MockMultipartFile("file", "phone.webp", "image/webp", TestImages.webpWithOrientation(6)), 200, 300);
		BufferedImage served = served(sha);
		assertThat(new int[] { served.getWidth(), served.getHeight() }).containsExactly(200, 300);
		for (int[] at : new int[][] { { 20, 20 }, { 180, 20 }, { 20, 280 }, { 180, 280 }, { 100, 150 } }) {
			int[] upright = rgb(served.getRGB(at[0], at[1]));
			int[] expected = rgb(stored.getRGB(at[1], stored.getHeight() - 1 - at[0]));
			for (int channel = 0; channel < 3; channel++) {
				assertThat(upright[channel]).as("(%d, %d) channel %d", at[0], at[1], channel)
					.isCloseTo(expected[channel], within(24));
			}
		}
	}

	@Test
	void aWebpWhoseExifSaysUprightIsKeptAsStored() {
		MvcTestResult created = upload(
				new MockMultipartFile("file", "sunset.webp", "image/webp", TestImages.webpWithOrientation(1)), "still",
				null, null);
		assertThat(created).hasStatus(201);
		assertThat(new int[] { JsonPath.read(body(created), "$.width"), JsonPath.read(body(created), "$.height") })
			.containsExactly(300, 200);
	}

	/**
	 * Uploads the file as a still, asserting the answer whole with the upright width and
	 * height; its SHA-256.
	 */
	private String uploadedUpright(MockMultipartFile file, int width, int height) {
		MvcTestResult created = upload(file, "still", null, null);
		assertThat(created).hasStatus(201);
		String body = body(created);
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String sha = JsonPath.read(body, "$.sha256");
		assertThat(created).bodyJson()
			.isStrictlyEqualTo(image(id, "still", null, width, height, true, 0, sha, "jpg", 0));
		return sha;
	}

	private BufferedImage served(String sha) {
		return TestImages.read(this.mvc.get()
			.uri("/images/" + sha + "/original.jpg")
			.exchange()
			.getResponse()
			.getContentAsByteArray());
	}

	private static int[] rgb(int rgb) {
		return new int[] { (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF };
	}

	@Test
	void aJpegWhoseExifSaysUprightIsKeptAsStored() {
		MvcTestResult created = upload(
				new MockMultipartFile("file", "camera.jpg", "image/jpeg", TestImages.jpegWithOrientation(400, 200, 1)),
				"still", null, null);
		String body = body(created);
		assertThat(created).hasStatus(201);
		assertThat(new int[] { JsonPath.read(body, "$.width"), JsonPath.read(body, "$.height") }).containsExactly(400,
				200);
		BufferedImage served = TestImages.read(this.mvc.get()
			.uri((String) JsonPath.read(body, "$.sizes.original"))
			.exchange()
			.getResponse()
			.getContentAsByteArray());
		assertThat(colour(served, 100, 50)).isEqualTo("red");
		assertThat(colour(served, 300, 50)).isEqualTo("blue");
	}

	/**
	 * Red or blue, whichever the pixel is nearer (JPEG blurs the colours a little).
	 */
	private static String colour(BufferedImage image, int x, int y) {
		int rgb = image.getRGB(x, y);
		int red = (rgb >> 16) & 0xFF;
		int blue = rgb & 0xFF;
		return (red > blue) ? "red" : "blue";
	}

	@Test
	void aPngWithTransparencyStaysPngAndOneWithoutBecomesJpeg() {
		String logo = JsonPath
			.read(body(upload(new MockMultipartFile("file", "logo.png", "image/png", TestImages.png(400, 160, true)),
					"logo", null, null)), "$.sizes.w185");
		MvcTestResult file = this.mvc.get().uri(logo).exchange();
		assertThat(logo).endsWith("/w185.png");
		assertThat(file).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
		BufferedImage served = TestImages.read(file.getResponse().getContentAsByteArray());
		assertThat(served.getColorModel().hasAlpha()).isTrue();
		assertThat(new int[] { served.getWidth(), served.getHeight() }).containsExactly(185, 74);

		String still = JsonPath
			.read(body(upload(new MockMultipartFile("file", "still.png", "image/png", TestImages.png(640, 360, false)),
					"still", null, null)), "$.sizes.w500");
		assertThat(still).endsWith("/w500.jpg");
		assertThat(this.mvc.get().uri(still).exchange()).hasStatusOk().hasContentType(MediaType.IMAGE_JPEG);
	}

	@Test
	void aWebpIsReadAndNeverEnlarged() {
		MvcTestResult created = upload(
				new MockMultipartFile("file", "sunset.webp", "application/octet-stream", TestImages.webp()), "backdrop",
				null, null);
		String body = body(created);
		assertThat(created).hasStatus(201);
		assertThat((int) JsonPath.read(body, "$.width")).isEqualTo(300);
		assertThat((int) JsonPath.read(body, "$.height")).isEqualTo(200);
		for (String size : new String[] { "w342", "w500", "original" }) {
			BufferedImage served = TestImages.read(this.mvc.get()
				.uri((String) JsonPath.read(body, "$.sizes." + size))
				.exchange()
				.getResponse()
				.getContentAsByteArray());
			assertThat(new int[] { served.getWidth(), served.getHeight() }).as(size).containsExactly(300, 200);
		}
		BufferedImage small = TestImages.read(this.mvc.get()
			.uri((String) JsonPath.read(body, "$.sizes.w92"))
			.exchange()
			.getResponse()
			.getContentAsByteArray());
		assertThat(new int[] { small.getWidth(), small.getHeight() }).containsExactly(92, 61);
	}

	@Test
	void onlyAnAdminMayUpload() {
		MockMultipartFile file = new MockMultipartFile("file", "poster.jpg", "image/jpeg", TestImages.jpeg(20, 30));
		assertProblem(
				this.mvc.post()
					.uri(this.path)
					.multipart()
					.file(file)
					.param("kind", "poster")
					.header("X-Request-Id", "img-401")
					.exchange(),
				401, """
						{"type":"/problems/unauthorized","title":"Authentication required","status":401,
						 "detail":"POST needs an API key with the admin role, sent as 'Authorization: Bearer <key>'",
						 "instance":"%s","code":"unauthorized","correlationId":"img-401"}""".formatted(this.path));
		assertProblem(this.mvc.post()
			.uri(this.path)
			.multipart()
			.file(file)
			.param("kind", "poster")
			.header(HttpHeaders.AUTHORIZATION, TestKeys.reader(this.keys))
			.header("X-Request-Id", "img-403")
			.exchange(), 403, """
					{"type":"/problems/forbidden","title":"Not allowed","status":403,
					 "detail":"Your API key's role does not allow POST here",
					 "instance":"%s","code":"forbidden","correlationId":"img-403"}""".formatted(this.path));
		assertThat(imageCount()).isZero();
	}

	@Test
	void patchAndDeleteNeedTheImagesVersion() {
		String first = body(upload(new MockMultipartFile("file", "a.jpg", "image/jpeg", TestImages.jpeg(100, 150)),
				"poster", null, null));
		String second = body(upload(new MockMultipartFile("file", "b.jpg", "image/jpeg", TestImages.jpeg(120, 180)),
				"poster", null, null));
		long firstId = ((Number) JsonPath.read(first, "$.id")).longValue();
		long secondId = ((Number) JsonPath.read(second, "$.id")).longValue();
		assertThat((boolean) JsonPath.read(first, "$.primary")).isTrue();
		assertThat((boolean) JsonPath.read(second, "$.primary")).isFalse();
		String item = this.path + "/" + secondId;

		assertProblem(patch(item, "{\"primary\":true}", null, "img-428"), 428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of image %2$d of film %3$s as you read it (currently \\"0\\"), so that no edit is lost",
						 "instance":"%1$s","code":"precondition-required","correlationId":"img-428"}"""
					.formatted(item, secondId, this.film));
		assertProblem(patch(item, "{\"primary\":true}", "\"7\"", "img-412"), 412,
				"""
						{"type":"/problems/precondition-failed","title":"Precondition failed","status":412,
						 "detail":"If-Match does not hold: image %2$d of film %3$s has changed since it was read (its ETag is now \\"0\\")",
						 "instance":"%1$s","code":"precondition-failed","correlationId":"img-412"}"""
					.formatted(item, secondId, this.film));

		MvcTestResult patched = patch(item, "{\"primary\":true,\"order\":5,\"language\":\"fr\"}", "\"0\"", "img-p");
		assertThat(patched).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");
		assertThat(patched).bodyJson()
			.isStrictlyEqualTo(
					image(secondId, "poster", "fr", 120, 180, true, 5, JsonPath.read(second, "$.sha256"), "jpg", 1));
		// Primary per kind and language: the first (no language) stays primary.
		assertThat((boolean) JsonPath.read(body(this.mvc.get().uri(this.path + "/" + firstId).exchange()), "$.primary"))
			.isTrue();
		MvcTestResult madeEnglish = patch(this.path + "/" + firstId, "{\"language\":\"fr\"}", "\"0\"", "img-p2");
		assertThat(madeEnglish).hasStatusOk();
		assertThat((boolean) JsonPath.read(body(this.mvc.get().uri(item).exchange()), "$.primary"))
			.as("the image that was primary for fr no longer is")
			.isFalse();

		assertProblem(
				this.mvc.delete()
					.uri(item)
					.header(HttpHeaders.AUTHORIZATION, this.admin)
					.header("X-Request-Id", "img-d428")
					.exchange(),
				428,
				"""
						{"type":"/problems/precondition-required","title":"Precondition required","status":428,
						 "detail":"Send If-Match with the ETag of image %2$d of film %3$s as you read it (currently \\"2\\"), so that no edit is lost",
						 "instance":"%1$s","code":"precondition-required","correlationId":"img-d428"}"""
					.formatted(item, secondId, this.film));
		String sha = JsonPath.read(second, "$.sha256");
		assertThat(this.mvc.delete()
			.uri(item)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header(HttpHeaders.IF_MATCH, "\"2\"")
			.exchange()).hasStatus(204);
		assertThat(this.mvc.get().uri(item).exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/images/" + sha + "/w92.jpg").exchange()).as("its files went with it")
			.hasStatus(404);
	}

	/**
	 * The pixels of one size of an image as served.
	 */
	private BufferedImage served(String sha, String size) {
		return TestImages.read(this.mvc.get()
			.uri("/images/" + sha + "/" + size + ".jpg")
			.exchange()
			.getResponse()
			.getContentAsByteArray());
	}

	MvcTestResult upload(MockMultipartFile file, String kind, @Nullable String language, @Nullable String id) {
		var request = this.mvc.post()
			.uri(this.path)
			.multipart()
			.file(file)
			.param("kind", kind)
			.header(HttpHeaders.AUTHORIZATION, this.admin);
		if (language != null) {
			request.param("language", language);
		}
		if (id != null) {
			request.header("X-Request-Id", id);
		}
		return request.exchange();
	}

	private MvcTestResult patch(String uri, String body, @Nullable String ifMatch, String id) {
		var request = this.mvc.patch()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", id)
			.contentType("application/merge-patch+json")
			.content(body);
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.exchange();
	}

	int imageCount() {
		return this.jdbc.queryForObject(
				"select count(*) from image i join film f on f.id = i.film_id where f.imdb_id = ?", Integer.class,
				this.film);
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	static String image(long id, String kind, @Nullable String language, int width, int height, boolean primary,
			int order, String sha, String format, long version) {
		String base = "/images/" + sha + "/";
		return """
				{"id":%d,"kind":"%s","language":%s,"width":%d,"height":%d,"primary":%s,"order":%d,"sha256":"%s",
				 "sizes":{"w92":"%s","w185":"%s","w342":"%s","w500":"%s","original":"%s"},"version":%d}""".formatted(id,
				kind, (language != null) ? "\"" + language + "\"" : "null", width, height, primary, order, sha,
				base + "w92." + format, base + "w185." + format, base + "w342." + format, base + "w500." + format,
				base + "original." + format, version);
	}

	static void assertProblem(MvcTestResult result, int status, String expectedJson) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo(expectedJson);
	}

}
