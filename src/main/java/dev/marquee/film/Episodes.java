package dev.marquee.film;

import java.util.List;

import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A series' episodes, in season and episode order; episodes without a number sort after
 * the numbered ones (as {@link #UNNUMBERED}).
 */
@Service
@Transactional(readOnly = true)
class Episodes {

	static final int UNNUMBERED = Integer.MAX_VALUE;

	private final Films films;

	private final FilmRepository repository;

	Episodes(Films films, FilmRepository repository) {
		this.films = films;
		this.repository = repository;
	}

	PageView<Episode> page(ResourceId seriesId, @Nullable Integer season, int size, @Nullable String after) {
		Film series = this.films.require(seriesId);
		Cursor cursor = Cursor.decode(after, "episodes", 3);
		List<Film> rows = (cursor != null)
				? this.repository.findEpisodes(series.getId(), season, cursor.intKey(0), cursor.intKey(1),
						cursor.longKey(2), Limit.of(size + 1))
				: this.repository.findEpisodes(series.getId(), season, -1, -1, 0, Limit.of(size + 1));
		return PageView.of(rows, size, Episode::of, (episode) -> Cursor.of("episodes",
				number(episode.getSeasonNumber()), number(episode.getEpisodeNumber()), episode.getId()));
	}

	private static int number(@Nullable Integer number) {
		return (number != null) ? number : UNNUMBERED;
	}

}
