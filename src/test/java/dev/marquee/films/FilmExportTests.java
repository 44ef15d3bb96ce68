package dev.marquee.films;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.film.FilmType;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NDJSON export: one document per matching film, across batch boundaries, filtered.
 */
@MarqueeTest
class FilmExportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FilmDocuments documents;

	@Autowired
	ApiKeys keys;

	private String reader;

	@BeforeEach
	void issueReaderKey() {
		this.reader = TestKeys.reader(this.keys);
	}

	@Test
	void streamsOneDocumentPerMatchingFilmAcrossBatches() throws Exception {
		int count = DocumentExport.BATCH + 5;
		String genre = TestIds.word("Export");
		List<String> films = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			films.add(TestIds.film());
			this.documents.upsert(FilmDocumentBuilder.film(films.get(i), "Export " + i)
				.genres(genre)
				.type((i == 3) ? FilmType.SHORT : FilmType.MOVIE)
				.year(2000 + (i % 10))
				.build());
		}

		MvcTestResult all = this.mvc.get()
			.uri("/api/v1/films/documents?genre=" + genre)
			.header("Authorization", this.reader)
			.exchange();

		assertThat(all).hasStatusOk().hasContentType("application/x-ndjson;charset=UTF-8");
		assertThat(all.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		List<String> lines = lines(all);
		assertThat(lines).hasSize(count);
		JSONAssert.assertEquals(document(films.get(0)), lines.get(0), JSONCompareMode.STRICT);
		JSONAssert.assertEquals(document(films.get(count - 1)), lines.get(count - 1), JSONCompareMode.STRICT);

		assertThat(lines(this.mvc.get()
			.uri("/api/v1/films/documents?genre=" + genre + "&type=short")
			.header("Authorization", this.reader)
			.exchange())).singleElement().satisfies((line) -> assertThat(line).contains("\"title\":\"Export 3\""));
		assertThat(lines(this.mvc.get()
			.uri("/api/v1/films/documents?genre=" + genre + "&yearFrom=2001&yearTo=2002&type=movie")
			.header("Authorization", this.reader)
			.exchange())).hasSize(12);
	}

	@Test
	void refusesAnUnknownType() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/films/documents?type=opera")
			.header("Authorization", this.reader)
			.header("X-Request-Id", "exp-1")
			.exchange();

		assertThat(result).hasStatus(400)
			.bodyJson()
			.isStrictlyEqualTo(
					"""
							{"type":"/problems/invalid-parameter","title":"Invalid request parameter","status":400,
							 "detail":"unknown type 'opera'; expected one of movie, short, tvSeries, tvMiniSeries, tvEpisode, tvMovie, tvSpecial, tvShort, tvPilot, video, videoGame",
							 "instance":"/api/v1/films/documents","code":"invalid-parameter","correlationId":"exp-1",
							 "errors":[{"name":"type","in":"query","message":"unknown type 'opera'; expected one of movie, short, tvSeries, tvMiniSeries, tvEpisode, tvMovie, tvSpecial, tvShort, tvPilot, video, videoGame"}]}""");
	}

	private String document(String imdbId) throws Exception {
		return this.mvc.get()
			.uri("/api/v1/films/" + imdbId + "/document")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<String> lines(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
	}

}
