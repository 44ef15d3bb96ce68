package dev.marquee.image;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.films.FilmDocuments;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.TestKeys;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small sizes' files kept in memory: served byte for byte as stored, kept within
 * their bound, never an original, never once deleted; a conditional request that matches
 * is answered without looking the file up. Each test uploads pictures of its own.
 */
@MarqueeTest
class ImageFileCacheTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	FilmDocuments documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImageFiles files;

	@Autowired
	MeterRegistry meters;

	private ImageOwners owners;

	@BeforeEach
	void owners() {
		this.owners = new ImageOwners(this.mvc, this.documents, TestKeys.admin(this.keys));
	}

	@Test
	void everySizeIsServedAsStoredWhenReadAndWhenKept() {
		String sha = this.owners.uploaded(this.owners.film(), "poster", ImageOwners.picture());
		for (String size : new String[] { "w92", "w185", "w342", "w500", "original" }) {
			byte[] stored = stored(sha, size);
			for (String time : new String[] { "first", "second" }) {
				MvcTestResult file = this.mvc.get().uri("/images/" + sha + "/" + size + ".jpg").exchange();
				assertThat(file).as(size + ", " + time + " time")
					.hasStatusOk()
					.hasHeader(HttpHeaders.CONTENT_TYPE, "image/jpeg")
					.hasHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(stored.length))
					.hasHeader(HttpHeaders.CACHE_CONTROL, ImageUploadTests.FOREVER)
					.hasHeader(HttpHeaders.ETAG, "\"" + sha + "-" + size + "\"");
				assertThat(file.getResponse().getContentAsByteArray()).as(size + ", " + time + " time")
					.isEqualTo(stored);
			}
		}
	}

	@Test
	void aKeptFileIsServedFromMemoryAndCountedAsAHit() {
		String sha = this.owners.uploaded(this.owners.film(), "poster", ImageOwners.picture());
		assertThat(this.mvc.get().uri("/images/" + sha + "/w185.jpg").exchange()).hasStatusOk();
		double hits = hits();
		double misses = misses();
		MvcTestResult kept = this.mvc.get().uri("/images/" + sha + "/w185.jpg").exchange();
		assertThat(kept).hasStatusOk();
		assertThat(kept.getResponse().getContentAsByteArray()).isEqualTo(stored(sha, "w185"));
		assertThat(new double[] { hits(), misses() }).containsExactly(hits + 1, misses);
	}

	@Test
	void aMatchingConditionalRequestIsAnsweredWithoutLookingTheFileUp() {
		String sha = this.owners.uploaded(this.owners.film(), "poster", ImageOwners.picture());
		assertThat(this.mvc.get().uri("/images/" + sha + "/w342.jpg").exchange()).hasStatusOk();
		double gets = hits() + misses();
		MvcTestResult notModified = this.mvc.get()
			.uri("/images/" + sha + "/w342.jpg")
			.header(HttpHeaders.IF_NONE_MATCH, "\"" + sha + "-w342\"")
			.exchange();
		assertThat(notModified).hasStatus(304)
			.hasHeader(HttpHeaders.ETAG, "\"" + sha + "-w342\"")
			.hasHeader(HttpHeaders.CACHE_CONTROL, ImageUploadTests.FOREVER)
			.doesNotContainHeader(HttpHeaders.CONTENT_TYPE);
		assertThat(notModified.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(hits() + misses()).as("lookups of the file").isEqualTo(gets);
	}

	@Test
	void aKeptFileIsNotServedOnceItsImageIsDeleted() {
		String film = this.owners.film();
		MvcTestResult created = this.owners.upload(film, "poster", ImageOwners.picture());
		assertThat(created).hasStatus(201);
		String body = AdminCalls.body(created);
		String sha = JsonPath.read(body, "$.sha256");
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String file = "/images/" + sha + "/w92.jpg";
		assertThat(this.mvc.get().uri(file).exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri(file).exchange()).as("served from memory").hasStatusOk();

		assertThat(this.mvc.delete()
			.uri(film + "/images/" + id)
			.header(HttpHeaders.AUTHORIZATION, this.owners.admin())
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.exchange()).hasStatus(204);

		MvcTestResult gone = this.mvc.get().uri(file).header("X-Request-Id", "kept-gone").exchange();
		ImageUploadTests.assertProblem(gone, 404, """
				{"type":"/problems/not-found","title":"Resource not found","status":404,
				 "detail":"No image file %1$s","instance":"%1$s","code":"not-found","correlationId":"kept-gone"}"""
			.formatted(file));
	}

	@Test
	void aKeptFileIsCheckedStillStoredOncePerRecheckSoAnOwnersDeletionEndsItThen() {
		String film = this.owners.film();
		String sha = this.owners.uploaded(film, "poster", ImageOwners.picture());
		byte[] stored = stored(sha, "w342");
		ImageFileCache checkedEachTime = cache(DataSize.ofMegabytes(1), Duration.ZERO, new SimpleMeterRegistry());
		ImageFileCache checkedHourly = cache(DataSize.ofMegabytes(1), Duration.ofHours(1), new SimpleMeterRegistry());
		assertThat(read(checkedEachTime, sha, ImageSize.W342)).isEqualTo(stored);
		assertThat(read(checkedHourly, sha, ImageSize.W342)).isEqualTo(stored);

		this.owners.delete(film);

		assertThat(checkedEachTime.find(sha, ImageSize.W342, "jpg")).as("checked, and gone").isEmpty();
		assertThat(read(checkedHourly, sha, ImageSize.W342)).as("served until it is checked again, without a lookup")
			.isEqualTo(stored);
	}

	@Test
	void theBytesKeptStayWithinTheBoundAndNoOriginalIsKept() {
		List<String> shas = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			shas.add(this.owners.uploaded(this.owners.film(), "poster", TestImages.jpeg(600 + i, 900)));
		}
		long w342 = stored(shas.get(0), "w342").length;
		long bound = 2 * w342 + w342 / 2;
		assertThat(shas).doesNotHaveDuplicates();
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		ImageFileCache cache = cache(DataSize.ofBytes(bound), Duration.ZERO, registry);

		for (String sha : shas) {
			assertThat(read(cache, sha, ImageSize.ORIGINAL)).isEqualTo(stored(sha, "original"));
		}
		assertThat(cache.keptBytes()).as("originals are not kept").isZero();
		for (String sha : shas) {
			assertThat(read(cache, sha, ImageSize.W342)).isEqualTo(stored(sha, "w342"));
			assertThat(cache.keptBytes()).isLessThanOrEqualTo(bound);
		}
		for (String sha : shas) {
			assertThat(read(cache, sha, ImageSize.W342)).isEqualTo(stored(sha, "w342"));
		}
		assertThat(registry.get("cache.evictions").tag("cache", "image-files").functionCounter().count()).isPositive();
	}

	@Test
	void theBoundFollowsTheHeapUnlessSet() {
		long megabyte = 1024 * 1024;
		assertThat(new ImageFileCache.Properties(null, Duration.ofSeconds(1)).maxBytes(160 * megabyte))
			.isEqualTo(10 * megabyte);
		assertThat(new ImageFileCache.Properties(null, Duration.ofSeconds(1)).maxBytes(4096 * megabyte))
			.isEqualTo(32 * megabyte);
		assertThat(new ImageFileCache.Properties(DataSize.ofMegabytes(100), Duration.ofSeconds(1))
			.maxBytes(160 * megabyte)).isEqualTo(100 * megabyte);
		assertThat(new ImageFileCache.Properties(DataSize.ofBytes(0), Duration.ofSeconds(1)).maxBytes(160 * megabyte))
			.isZero();
	}

	private ImageFileCache cache(DataSize maxSize, Duration recheck, MeterRegistry registry) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("meters", registry);
		return new ImageFileCache(this.files, new ImageFileCache.Properties(maxSize, recheck),
				beans.getBeanProvider(MeterRegistry.class));
	}

	private static byte[] read(ImageFileCache cache, String sha, ImageSize size) {
		try {
			return cache.find(sha, size, "jpg").orElseThrow().stream().readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private byte[] stored(String sha, String size) {
		return this.jdbc.queryForObject("select bytes from image_variant where sha256 = ? and size = ?", byte[].class,
				sha, size);
	}

	private double hits() {
		return this.meters.get("cache.gets").tag("cache", "image-files").tag("result", "hit").functionCounter().count();
	}

	private double misses() {
		return this.meters.get("cache.gets")
			.tag("cache", "image-files")
			.tag("result", "miss")
			.functionCounter()
			.count();
	}

}
