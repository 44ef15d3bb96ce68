package dev.marquee.image;

import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import dev.marquee.films.FilmDocuments;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Films, people and companies made for a test, given images through the API and deleted
 * through it, as an admin.
 */
record ImageOwners(MockMvcTester mvc, FilmDocuments documents, String admin) {

	/**
	 * A picture no other test uploads: a JPEG of a size picked at random.
	 */
	static byte[] picture() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return TestImages.jpeg(120 + random.nextInt(900), 120 + random.nextInt(900));
	}

	String film() {
		String film = TestIds.film();
		this.documents.upsert(FilmDocumentBuilder.film(film, "Images kept").languages("en").build());
		return "/api/v1/films/" + film;
	}

	String person() {
		String person = TestIds.person();
		assertThat(calls().post("/api/v1/people", "{\"imdbId\":\"" + person + "\",\"name\":\"Image Owner\"}"))
			.hasStatus(201);
		return "/api/v1/people/" + person;
	}

	String company() {
		String company = TestIds.company();
		assertThat(calls().post("/api/v1/companies", "{\"imdbId\":\"" + company + "\",\"name\":\"Image Owner\"}"))
			.hasStatus(201);
		return "/api/v1/companies/" + company;
	}

	/**
	 * Uploads the picture to the owner as this kind; the answer.
	 */
	MvcTestResult upload(String owner, String kind, byte[] picture) {
		return this.mvc.post()
			.uri(owner + "/images")
			.multipart()
			.file(new MockMultipartFile("file", "picture.jpg", "image/jpeg", picture))
			.param("kind", kind)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.exchange();
	}

	/**
	 * Uploads the picture to the owner as this kind; its SHA-256.
	 */
	String uploaded(String owner, String kind, byte[] picture) {
		MvcTestResult created = upload(owner, kind, picture);
		assertThat(created).hasStatus(201);
		return JsonPath.read(AdminCalls.body(created), "$.sha256");
	}

	/**
	 * Deletes the film, person or company against the version it has now.
	 */
	void delete(String owner) {
		String etag = AdminCalls.etag(this.mvc.get().uri(owner).exchange());
		assertThat(calls().delete(owner, etag)).hasStatus(204);
	}

	private AdminCalls calls() {
		return new AdminCalls(this.mvc, this.admin, "image-owners");
	}

}
