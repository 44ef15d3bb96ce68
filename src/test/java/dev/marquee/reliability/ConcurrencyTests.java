package dev.marquee.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients writing the same thing at once: conditional writes of one item lose no
 * update, concurrent upserts of one film leave exactly one of the documents (and no read
 * ever sees a mix), concurrent POSTs with one Idempotency-Key act once. Films
 * tt9121001-tt9121003.
 */
@MarqueeTest
class ConcurrencyTests {

	private static final String COUNTER_FILM = "tt9121001";

	private static final String UPSERT_FILM = "tt9121002";

	private static final String IDEMPOTENT_FILM = "tt9121003";

	private static final int THREADS = 16;

	private static final int KEYS = 10;

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

	private String admin;

	@BeforeEach
	void setUp() {
		this.admin = TestKeys.admin(this.keys);
		this.documents.upsert(FilmDocumentBuilder.film(COUNTER_FILM, "Counter").build());
		this.documents.upsert(FilmDocumentBuilder.film(IDEMPOTENT_FILM, "Idempotent").build());
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from film where imdb_id in (?, ?, ?)", COUNTER_FILM, UPSERT_FILM, IDEMPOTENT_FILM);
		this.jdbc.update("delete from person where name like 'Concurrency variant %'");
	}

	/**
	 * Each attempt reads the counter (a piece of trivia whose text is a number) and
	 * writes it back plus one, with If-Match: every write that succeeds must have
	 * counted.
	 */
	@Test
	void thousandConflictingIfMatchWritesLoseNoUpdate() throws Exception {
		String item = "/api/v1/films/" + COUNTER_FILM + "/trivia/" + addTrivia(COUNTER_FILM, "0", null).id();
		long firstVersion = version(item);
		int attempts = 1000;
		AtomicInteger started = new AtomicInteger();
		AtomicInteger written = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		Queue<String> unexpected = new ConcurrentLinkedQueue<>();
		Together.run(THREADS, () -> {
			while (started.getAndIncrement() < attempts) {
				MvcTestResult read = this.mvc.get().uri(item).exchange();
				long counter = Long.parseLong(this.json.readTree(body(read)).get("text").asString());
				MvcTestResult write = this.mvc.put()
					.uri(item)
					.header(HttpHeaders.AUTHORIZATION, this.admin)
					.header(HttpHeaders.IF_MATCH, read.getResponse().getHeader(HttpHeaders.ETAG))
					.contentType(MediaType.APPLICATION_JSON)
					.content(trivia(String.valueOf(counter + 1)))
					.exchange();
				switch (write.getResponse().getStatus()) {
					case 200 -> written.incrementAndGet();
					case 412 -> refused.incrementAndGet();
					default -> unexpected.add(write.getResponse().getStatus() + " " + body(write));
				}
			}
			return null;
		});
		MvcTestResult last = this.mvc.get().uri(item).exchange();
		long counter = Long.parseLong(this.json.readTree(body(last)).get("text").asString());

		new Figures("if-match-writes").put("threads", THREADS)
			.put("attempts", attempts)
			.put("written200", written.get())
			.put("refused412", refused.get())
			.put("counter", counter)
			.put("lostUpdates", written.get() - counter)
			.report();

		assertThat(unexpected).isEmpty();
		assertThat(written.get() + refused.get()).isEqualTo(attempts);
		assertThat(refused.get()).as("the writes did conflict").isPositive();
		assertThat(counter).as("lost updates").isEqualTo(written.get());
		assertThat(version(item)).isEqualTo(firstVersion + written.get());
	}

	/**
	 * Writers upsert eight different documents of one film at once while readers read it:
	 * every read and the final state are exactly one of the documents.
	 */
	@Test
	void concurrentUpsertsOfOneFilmLeaveExactlyOneDocumentNeverAMix() throws Exception {
		String path = "/api/v1/films/" + UPSERT_FILM + "/document";
		List<String> variants = new ArrayList<>();
		List<JsonNode> stored = new ArrayList<>();
		for (int n = 0; n < 8; n++) {
			FilmDocumentBuilder variant = FilmDocumentBuilder.film(UPSERT_FILM, "Variant " + n)
				.year(2000 + n)
				.genres("Genre " + n)
				.actors("Concurrency variant " + n, 1 + n % 3);
			for (int t = 0; t <= n % 4; t++) {
				variant.trivia("Variant " + n + " trivia " + t, false);
			}
			variants.add(this.json.writeValueAsString(variant.build()));
			assertThat(putDocument(path, variants.get(n)).getResponse().getStatus()).isIn(200, 201);
			stored.add(this.json.readTree(body(this.mvc.get().uri(path).exchange())));
		}
		List<String> puts = new ArrayList<>();
		for (int round = 0; round < 5; round++) {
			puts.addAll(variants);
		}
		Collections.shuffle(puts);
		Queue<String> pending = new ConcurrentLinkedQueue<>(puts);
		Queue<String> mixed = new ConcurrentLinkedQueue<>();
		Queue<String> unexpected = new ConcurrentLinkedQueue<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger reads = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger writers = new AtomicInteger(4);
		Together.run(6, () -> {
			if (writers.getAndDecrement() > 0) {
				for (String document = pending.poll(); document != null; document = pending.poll()) {
					MvcTestResult put = putDocument(path, document);
					if (put.getResponse().getStatus() == 503
							&& body(put).contains("\"code\":\"service-unavailable\"")) {
						// Queued behind the others past statement_timeout: refused whole.
						refused.incrementAndGet();
					}
					else if (put.getResponse().getStatus() != 200) {
						unexpected.add(put.getResponse().getStatus() + " " + body(put));
					}
				}
				writing.set(false);
			}
			else {
				while (writing.get()) {
					JsonNode read = this.json.readTree(body(this.mvc.get().uri(path).exchange()));
					reads.incrementAndGet();
					if (!stored.contains(read)) {
						mixed.add(read.toString());
					}
				}
			}
			return null;
		});
		JsonNode last = this.json.readTree(body(this.mvc.get().uri(path).exchange()));

		new Figures("concurrent-upserts").put("documents", variants.size())
			.put("puts", puts.size())
			.put("refused503", refused.get())
			.put("readsDuringWrites", reads.get())
			.put("mixedReads", mixed.size())
			.put("finalIsOneDocument", stored.contains(last))
			.report();

		assertThat(unexpected).isEmpty();
		assertThat(mixed).as("reads that are none of the documents").isEmpty();
		assertThat(stored).contains(last);
	}

	/**
	 * Eight clients send the same POST with the same key at the same moment, for 25 keys:
	 * each key creates one piece of trivia; the others get its answer replayed, or 409
	 * while it runs.
	 */
	@Test
	void concurrentPostsWithOneIdempotencyKeyCreateOnce() throws Exception {
		String path = "/api/v1/films/" + IDEMPOTENT_FILM + "/trivia";
		int replayed = 0;
		int inProgress = 0;
		for (int key = 0; key < KEYS; key++) {
			String idempotencyKey = "concurrency-" + key;
			String text = "Idempotent " + key;
			Queue<MvcTestResult> results = new ConcurrentLinkedQueue<>();
			AtomicInteger client = new AtomicInteger();
			Together.run(8, () -> {
				results.add(this.mvc.post()
					.uri(path)
					.header(HttpHeaders.AUTHORIZATION, this.admin)
					.header("Idempotency-Key", idempotencyKey)
					.header("X-Request-Id", idempotencyKey + "-" + client.getAndIncrement())
					.contentType(MediaType.APPLICATION_JSON)
					.content(trivia(text))
					.exchange());
				return null;
			});

			List<MvcTestResult> firsts = results.stream()
				.filter((result) -> result.getResponse().getStatus() == 201
						&& result.getResponse().getHeader("Idempotent-Replayed") == null)
				.toList();
			assertThat(firsts).hasSize(1);
			String answer = body(firsts.get(0));
			for (MvcTestResult result : results) {
				if (result.getResponse().getStatus() == 201) {
					assertThat(body(result)).isEqualTo(answer);
					replayed += (result == firsts.get(0)) ? 0 : 1;
				}
				else {
					inProgress++;
					assertThat(result.getResponse().getStatus()).isEqualTo(409);
					JSONAssert.assertEquals(
							"""
									{"type":"/problems/idempotency-key-in-progress","title":"Idempotent request in progress",
									 "status":409,"detail":"The first request with Idempotency-Key '%s' is still running; retry later to get its answer",
									 "instance":"%s","code":"idempotency-key-in-progress","correlationId":"%s"}"""
								.formatted(idempotencyKey, path, result.getResponse().getHeader("X-Request-Id")),
							body(result), JSONCompareMode.STRICT);
				}
			}
			assertThat(this.jdbc.queryForObject("select count(*) from trivia where text = ?", Integer.class, text))
				.isEqualTo(1);
		}

		new Figures("idempotent-posts").put("keys", KEYS)
			.put("requestsPerKey", 8)
			.put("created", KEYS)
			.put("replayed", replayed)
			.put("inProgress409", inProgress)
			.report();
	}

	private TriviaCreated addTrivia(String film, String text, String idempotencyKey) {
		MvcTestResult created = this.mvc.post()
			.uri("/api/v1/films/" + film + "/trivia")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(trivia(text))
			.exchange();
		assertThat(created).hasStatus(201);
		return new TriviaCreated(this.json.readTree(body(created)).get("id").asLong());
	}

	private MvcTestResult putDocument(String path, String document) {
		return this.mvc.put()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(document)
			.exchange();
	}

	private long version(String item) {
		String etag = this.mvc.get().uri(item).exchange().getResponse().getHeader(HttpHeaders.ETAG);
		return Long.parseLong(etag.replace("\"", ""));
	}

	private static String trivia(String text) {
		return "{\"text\":\"" + text + "\",\"spoiler\":false,\"interestingVotes\":0,\"totalVotes\":0}";
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record TriviaCreated(long id) {
	}

}
