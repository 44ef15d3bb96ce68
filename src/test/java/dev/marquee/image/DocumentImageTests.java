package dev.marquee.image;

import java.util.List;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.films.FilmDocuments;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.body;
import static dev.marquee.testdata.AdminCalls.etag;
import static dev.marquee.testdata.SectionAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A film document names the film's images by their stored files: a GET → PUT round trip
 * leaves them as they were, a PUT attaches stored files and detaches what it leaves out
 * (deleting the files no image uses any more, never one still used), and refuses a file
 * that is not stored, changing nothing.
 */
@MarqueeTest
class DocumentImageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	FilmDocuments documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	private ImageOwners owners;

	private AdminCalls admin;

	@BeforeEach
	void owners() {
		String key = TestKeys.admin(this.keys);
		this.owners = new ImageOwners(this.mvc, this.documents, key);
		this.admin = new AdminCalls(this.mvc, key, "doc-images");
	}

	@Test
	void theDocumentNamesEachImageByItsFileAndAGetPutRoundTripKeepsThem() throws Exception {
		String film = this.owners.film();
		String poster = this.owners.uploaded(film, "poster", ImageOwners.picture());
		String backdrop = this.owners.uploaded(film, "backdrop", ImageOwners.picture());
		List<JsonNode> images = images(film);
		MvcTestResult read = this.mvc.get().uri(film + "/document").exchange();

		JSONAssert.assertEquals(
				"""
						[{"file":"%s","kind":"poster","language":null,"primary":true,"order":0,%s},
						 {"file":"%s","kind":"backdrop","language":null,"primary":true,"order":0,%s}]"""
					.formatted(poster, fileOf(images.get(0)), backdrop, fileOf(images.get(1))),
				this.json.writeValueAsString(this.json.readTree(body(read)).get("images")), JSONCompareMode.STRICT);

		MvcTestResult written = this.admin.put(film + "/document", etag(read), body(read));

		assertThat(written).hasStatusOk();
		JSONAssert.assertEquals(body(read), body(this.mvc.get().uri(film + "/document").exchange()),
				JSONCompareMode.STRICT);
		assertThat(images(film)).as("the same images, ids and versions").isEqualTo(images);
	}

	@Test
	void aPutAttachesAStoredFileWithItsKindLanguagePrimaryFlagAndOrder() throws Exception {
		String other = this.owners.film();
		String shared = this.owners.uploaded(other, "poster", ImageOwners.picture());
		String film = this.owners.film();
		MvcTestResult read = this.mvc.get().uri(film + "/document").exchange();
		ObjectNode document = (ObjectNode) this.json.readTree(body(read));
		document.putArray("images")
			.addObject()
			.put("file", shared)
			.put("kind", "backdrop")
			.put("language", "de")
			.put("primary", false)
			.put("order", 3);

		assertThat(this.admin.put(film + "/document", etag(read), document.toString())).hasStatusOk();

		List<JsonNode> images = images(film);
		assertThat(images).hasSize(1);
		JSONAssert.assertEquals(
				"""
						{"id":%d,"kind":"backdrop","language":"de",%s,"primary":false,"order":3,"sha256":"%s",
						 "sizes":%s,"version":0}""".formatted(images.get(0).get("id").asLong(),
						dimensions(images(other).get(0)), shared, images(other).get(0).get("sizes")),
				images.get(0).toString(), JSONCompareMode.STRICT);
		JsonNode written = this.json.readTree(body(this.mvc.get().uri(film + "/document").exchange()));
		JSONAssert.assertEquals("""
				[{"file":"%s","kind":"backdrop","language":"de","primary":false,"order":3,%s}]""".formatted(shared,
				fileOf(images.get(0))), written.get("images").toString(), JSONCompareMode.STRICT);
	}

	@Test
	void aPutDetachesTheImagesItLeavesOutDeletingOnlyTheFilesNoImageUses() throws Exception {
		String film = this.owners.film();
		String other = this.owners.film();
		String own = this.owners.uploaded(film, "poster", ImageOwners.picture());
		byte[] picture = ImageOwners.picture();
		String shared = this.owners.uploaded(film, "still", picture);
		assertThat(this.owners.uploaded(other, "still", picture)).isEqualTo(shared);
		String moved = this.owners.uploaded(film, "logo", ImageOwners.picture());
		MvcTestResult read = this.mvc.get().uri(film + "/document").exchange();
		ObjectNode document = (ObjectNode) this.json.readTree(body(read));
		// The logo's file stays, as a backdrop: its image goes, another comes.
		document.putArray("images")
			.addObject()
			.put("file", moved)
			.put("kind", "backdrop")
			.putNull("language")
			.put("primary", true)
			.put("order", 0);

		assertThat(this.admin.put(film + "/document", etag(read), document.toString())).hasStatusOk();

		assertThat(images(film))
			.extracting((image) -> image.get("kind").asString() + " " + image.get("sha256").asString())
			.containsExactly("backdrop " + moved);
		assertThat(files(own)).as("the file no image uses any more").isZero();
		assertThat(files(shared)).as("the file another film still uses").isOne();
		assertThat(files(moved)).as("the file the document names again").isOne();
		assertThat(this.mvc.get().uri("/images/" + moved + "/w92.jpg").exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/images/" + own + "/w92.jpg").exchange()).hasStatus(404);

		document.putArray("images");
		assertThat(this.admin.put(film + "/document", null, document.toString())).hasStatusOk();
		assertThat(images(film)).isEmpty();
		assertThat(files(moved)).isZero();
	}

	@Test
	void returnsImageFileUnknownProblemForAFileThatIsNotStoredAndChangesNothing() throws Exception {
		String film = this.owners.film();
		String poster = this.owners.uploaded(film, "poster", ImageOwners.picture());
		MvcTestResult read = this.mvc.get().uri(film + "/document").exchange();
		ObjectNode document = (ObjectNode) this.json.readTree(body(read));
		String missing = "0".repeat(63) + "1";
		document.put("title", "Renamed");
		((ArrayNode) document.get("images")).addObject()
			.put("file", missing)
			.put("kind", "still")
			.putNull("language")
			.put("primary", false)
			.put("order", 1);

		assertProblem(this.admin.put(film + "/document", etag(read), document.toString()), 422,
				"""
						{"type":"/problems/image-file-unknown","title":"Unknown image file","status":422,
						 "detail":"The document names 1 image file that is not stored: images[1].file",
						 "instance":"%s/document","code":"image-file-unknown","correlationId":"doc-images",
						 "errors":[{"name":"images[1].file","in":"body","message":"no image file %s is stored; upload it first"}]}"""
					.formatted(film, missing));

		MvcTestResult after = this.mvc.get().uri(film + "/document").exchange();
		assertThat(etag(after)).isEqualTo(etag(read));
		JSONAssert.assertEquals(body(read), body(after), JSONCompareMode.STRICT);
		assertThat(files(poster)).isOne();
	}

	@Test
	void returnsInvalidBodyProblemForAKindAFilmHasNoneOfOrASecondPrimary() throws Exception {
		String film = this.owners.film();
		String poster = this.owners.uploaded(film, "poster", ImageOwners.picture());
		MvcTestResult read = this.mvc.get().uri(film + "/document").exchange();
		ObjectNode document = (ObjectNode) this.json.readTree(body(read));
		ArrayNode images = document.putArray("images");
		images.addObject()
			.put("file", poster)
			.put("kind", "poster")
			.put("language", "de")
			.put("primary", true)
			.put("order", 0);
		images.addObject()
			.put("file", poster)
			.put("kind", "profile")
			.putNull("language")
			.put("primary", false)
			.put("order", 0);
		images.addObject()
			.put("file", poster)
			.put("kind", "poster")
			.put("language", "de")
			.put("primary", true)
			.put("order", 1);
		images.addObject()
			.put("file", "not a hash")
			.put("kind", "poster")
			.putNull("language")
			.put("primary", false)
			.put("order", 2);

		assertProblem(this.admin.put(film + "/document", etag(read), document.toString()), 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: images[3].file","instance":"%s/document",
				 "code":"invalid-body","correlationId":"doc-images",
				 "errors":[{"name":"images[3].file","in":"body",
				  "message":"must be the SHA-256 of a stored image file: 64 lowercase hexadecimal digits"}]}"""
			.formatted(film));
		images.remove(3);
		assertProblem(this.admin.put(film + "/document", etag(read), document.toString()), 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 2 invalid fields: images[1].kind, images[2].primary",
						 "instance":"%s/document","code":"invalid-body","correlationId":"doc-images",
						 "errors":[{"name":"images[1].kind","in":"body","message":"must be one of [backdrop, logo, poster, still] for a film"},
						  {"name":"images[2].primary","in":"body",
						   "message":"images[0] is the primary poster in 'de' already; one image is primary per kind and language"}]}"""
					.formatted(film));
		JSONAssert.assertEquals(body(read), body(this.mvc.get().uri(film + "/document").exchange()),
				JSONCompareMode.STRICT);
	}

	@Test
	void anImageWriteChangesTheDocumentsETagSoAPutOfTheDocumentReadBeforeIsRefused() throws Exception {
		String film = this.owners.film();
		MvcTestResult read = this.mvc.get().uri(film + "/document").exchange();
		String poster = this.owners.uploaded(film, "poster", ImageOwners.picture());

		MvcTestResult stale = this.admin.put(film + "/document", etag(read), body(read));

		assertThat(stale).hasStatus(412);
		assertThat(images(film)).extracting((image) -> image.get("sha256").asString()).containsExactly(poster);
	}

	@Test
	void aPutRecordsOneFilmUpdateInTheChangeFeedCoveringItsImages() throws Exception {
		String film = this.owners.film();
		String imdbId = film.substring(film.lastIndexOf('/') + 1);
		String poster = this.owners.uploaded(film, "poster", ImageOwners.picture());
		MvcTestResult read = this.mvc.get().uri(film + "/document").exchange();
		long before = lastChange();
		ObjectNode document = (ObjectNode) this.json.readTree(body(read));
		document.putArray("images")
			.addObject()
			.put("file", poster)
			.put("kind", "backdrop")
			.putNull("language")
			.put("primary", false)
			.put("order", 0);

		assertThat(this.admin.put(film + "/document", etag(read), document.toString())).hasStatusOk();

		assertThat(this.jdbc.queryForList(
				"select action || ' ' || resource_type from change_event where id > ? and resource_key = ? order by id",
				String.class, before, imdbId))
			.containsExactly("update film");
	}

	private long lastChange() {
		return this.jdbc.queryForObject("select coalesce(max(id), 0) from change_event", Long.class);
	}

	/**
	 * The film's images as its images resource lists them.
	 */
	private List<JsonNode> images(String film) {
		JsonNode items = this.json.readTree(body(this.mvc.get().uri(film + "/images").exchange())).get("items");
		return items.valueStream().toList();
	}

	/**
	 * What a document says of an image's file: its width, height and sizes, as the image
	 * resource has them.
	 */
	private static String fileOf(JsonNode image) {
		return dimensions(image) + ",\"sizes\":" + image.get("sizes");
	}

	private static String dimensions(JsonNode image) {
		return "\"width\":" + image.get("width") + ",\"height\":" + image.get("height");
	}

	private int files(String sha) {
		return this.jdbc.queryForObject("select count(*) from image_file where sha256 = ?", Integer.class, sha);
	}

}
