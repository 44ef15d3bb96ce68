package dev.marquee.image;

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
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.marquee.image.ImageUploadTests.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which poster is shown: the primary one in the language asked for, else the one without
 * text, else the one in the film's original language; in the images list, on the title
 * page ({@code include=images&language=}) and (without a language) in the film listing,
 * search hits and suggestions.
 */
@MarqueeTest
class ImageLanguageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	FilmDocuments documents;

	private String admin;

	private final String film = TestIds.film();

	private final String title = "Fallback " + this.film;

	private final String path = "/api/v1/films/" + this.film + "/images";

	@BeforeEach
	void filmAndKey() {
		this.admin = TestKeys.admin(this.keys);
		this.documents.upsert(FilmDocumentBuilder.film(this.film, this.title).languages("fr", "en").build());
	}

	@Test
	void thePosterFallsBackToNoLanguageThenToTheOriginalLanguage() {
		String french = upload(60, 90, "fr");
		String english = upload(62, 93, "en");
		assertThat(poster("de")).as("no poster without text: the original language's").isEqualTo(french);
		assertThat(poster("en")).isEqualTo(english);
		assertThat(poster("en-GB")).as("the base language").isEqualTo(english);
		assertThat(titlePagePoster("de")).isEqualTo(french);
		assertThat(listedPoster()).isEqualTo(french);
		assertThat(searchedPosters()).containsExactly(french, french);

		String textless = upload(64, 96, null);
		assertThat(poster("de")).as("the poster without text before the original language's").isEqualTo(textless);
		assertThat(poster("en")).isEqualTo(english);
		assertThat(poster(null)).isEqualTo(textless);
		assertThat(titlePagePoster("en")).isEqualTo(english);
		assertThat(titlePagePoster(null)).isEqualTo(textless);
		assertThat(listedPoster()).isEqualTo(textless);
		assertThat(searchedPosters()).containsExactly(textless, textless);

		String listed = body(this.mvc.get().uri(this.path + "?language=de").exchange());
		assertThat((java.util.List<String>) JsonPath.read(listed, "$.items[*].language")).as("de or no language")
			.containsExactly((String) null);
		// The page in English shows another poster than the page without a language:
		// its ETag names the language and differs, and it answers 304 to itself.
		String inEnglish = etagOfTitlePage("en");
		assertThat(inEnglish).endsWith(";en\"").isNotEqualTo(etagOfTitlePage(null).replaceAll("\"$", ";en\""));
		assertThat(this.mvc.get()
			.uri("/api/v1/films/" + this.film + "?include=images&language=en")
			.header(HttpHeaders.IF_NONE_MATCH, inEnglish)
			.exchange()).hasStatus(HttpStatus.NOT_MODIFIED);
	}

	private String etagOfTitlePage(@Nullable String language) {
		return this.mvc.get()
			.uri("/api/v1/films/" + this.film + "?include=images" + ((language != null) ? "&language=" + language : ""))
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
	}

	private String upload(int width, int height, @Nullable String language) {
		var request = this.mvc.post()
			.uri(this.path)
			.multipart()
			.file(new MockMultipartFile("file", "p.jpg", "image/jpeg", TestImages.jpeg(width, height)))
			.param("kind", "poster")
			.header(HttpHeaders.AUTHORIZATION, this.admin);
		if (language != null) {
			request.param("language", language);
		}
		String answer = body(request.exchange());
		assertThat((boolean) JsonPath.read(answer, "$.primary")).isTrue();
		return JsonPath.read(answer, "$.sizes.w342");
	}

	private String poster(@Nullable String language) {
		String answer = body(
				this.mvc.get().uri(this.path + ((language != null) ? "?language=" + language : "")).exchange());
		return JsonPath.read(answer, "$.primary.poster.sizes.w342");
	}

	private String titlePagePoster(@Nullable String language) {
		String answer = body(this.mvc.get()
			.uri("/api/v1/films/" + this.film + "?include=images" + ((language != null) ? "&language=" + language : ""))
			.exchange());
		return JsonPath.read(answer, "$.images.primary.poster.sizes.w342");
	}

	/**
	 * The poster of the film's search hit and of its suggestion, as listings choose it.
	 */
	private java.util.List<String> searchedPosters() {
		String hits = body(this.mvc.get().uri("/api/v1/search?type=film&q=" + this.title).exchange());
		String suggestions = body(this.mvc.get().uri("/api/v1/films/suggest?q=" + this.title).exchange());
		return java.util.List.of(JsonPath.read(hits, "$.items[0].poster.w342"),
				JsonPath.read(suggestions, "$.items[0].poster.w342"));
	}

	private String listedPoster() {
		String answer = body(this.mvc.get().uri("/api/v1/films?q=" + this.film).exchange());
		assertThat((int) JsonPath.read(answer, "$.items.length()")).isEqualTo(1);
		return JsonPath.read(answer, "$.items[0].poster.w342");
	}

}
