package dev.marquee.search;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import dev.marquee.MarqueeTest;
import dev.marquee.image.FilmPosters;
import dev.marquee.support.web.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An instance whose first index is still being built answers search with
 * {@code search-unavailable} once its wait is over, and searches normally as soon as the
 * index is there.
 */
@MarqueeTest
class SearchUnavailableTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Environment environment;

	@Autowired
	FilmPosters posters;

	@Test
	void searchIsRefusedUntilTheFirstIndexIsBuiltThenAnswers(@TempDir Path directory) throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		SearchSource slow = new SearchSource(this.jdbc, this.dataSource) {

			@Override
			Head readAll(Sink sink) throws SQLException {
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return super.readAll(sink);
			}

		};
		SearchProperties properties = new SearchProperties(directory, 50_000, Duration.ofMillis(200),
				Duration.ofHours(24), Duration.ofSeconds(5), 1, 0);
		SearchIndex index = new SearchIndex(slow, properties, this.environment);
		try {
			Search search = new Search(index, properties, this.posters);
			assertThatExceptionOfType(SearchUnavailableException.class)
				.isThrownBy(() -> search.search("la la land", SearchType.FILM, null, null, 5, null))
				.satisfies((ex) -> assertThat(ex.getProblemType()).isEqualTo(ProblemType.SEARCH_UNAVAILABLE))
				.withMessage("This instance is building its search index from the catalogue; search answers once it "
						+ "is built.");
			release.countDown();
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.ignoreException(SearchUnavailableException.class)
				.untilAsserted(
						() -> assertThat(search.search("la la land", SearchType.FILM, null, null, 1, null).items())
							.extracting((hit) -> ((SearchHit.FilmHit) hit).imdbId())
							.containsExactly("tt3783958"));
		}
		finally {
			release.countDown();
			index.destroy();
		}
	}

}
