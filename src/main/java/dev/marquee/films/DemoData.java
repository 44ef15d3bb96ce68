package dev.marquee.films;

import dev.marquee.film.Film;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import dev.marquee.image.ImageKind;
import dev.marquee.image.ImageUploads;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo film (La La Land) into an empty catalogue at start-up. "Empty" means no
 * film at all, so a restart never adds it twice and a catalogue someone filled is never
 * touched. Replicas starting together serialize on an advisory lock. Switch off with
 * {@code marquee.demo-data.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "marquee.demo-data.enabled", matchIfMissing = true)
class DemoData implements ApplicationRunner {

	static final String DOCUMENT = "demo/la-la-land.json";

	/**
	 * The demo film's poster: a placeholder drawn by {@code tools/DemoPoster.java}, which
	 * the project may ship (no studio artwork), with English text.
	 */
	static final String POSTER = "demo/tt3783958-poster.png";

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	/**
	 * Arbitrary but fixed: the key of the advisory lock that serializes demo loading
	 * across replicas.
	 */
	private static final long LOCK_KEY = 0x4d61727175656501L;

	private final FilmDocuments documents;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper jsonMapper;

	private final ImageUploads images;

	DemoData(FilmDocuments documents, JdbcTemplate jdbc, TransactionTemplate transactions, ImageUploads images) {
		this.documents = documents;
		this.images = images;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.jsonMapper = documentMapper();
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		FilmDocument document = read();
		this.transactions.executeWithoutResult((status) -> {
			// An instance starting at the same moment holds the lock while it loads
			// the film and its poster, which on a loaded machine takes longer than
			// the statement timeout: the wait is bounded by that start-up instead.
			this.jdbc.execute("SET LOCAL statement_timeout = 0");
			this.jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK_KEY);
			Integer films = this.jdbc.queryForObject("select count(*) from (select 1 from film limit 1) f",
					Integer.class);
			if (films != null && films > 0) {
				logger.debug("Catalogue not empty; demo film not loaded");
				return;
			}
			this.documents.upsert(document);
			try (InputStream poster = new ClassPathResource(POSTER).getInputStream()) {
				this.images.attachToFilm(document.imdbId(), ImageKind.POSTER, "en", poster);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			logger.info("Loaded the demo film {} ({})", document.title(), document.imdbId());
		});
	}

	private FilmDocument read() throws IOException {
		try (InputStream in = new ClassPathResource(DOCUMENT).getInputStream()) {
			return this.jsonMapper.readValue(in, FilmDocument.class);
		}
	}

	/**
	 * Film documents are read strictly: an unknown field is an error, never silently
	 * dropped.
	 */
	static JsonMapper documentMapper() {
		return JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
	}

}
