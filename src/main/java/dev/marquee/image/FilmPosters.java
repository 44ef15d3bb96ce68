package dev.marquee.image;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The poster a film is shown with where no language is asked for (listings, similar
 * films, search hits and suggestions): its primary poster without text, else its primary
 * poster in its original language (the first of its languages); none when it has neither.
 * The one place this choice is written for them, as SQL: a listing selects it with its
 * films ({@link #OF_FILM}), others read it for a page of films at once ({@link #of}).
 */
@Component
public class FilmPosters {

	/**
	 * The poster of the film {@code f} as a SQL expression: {@code <sha256> <format>}, or
	 * {@code NULL}; {@link #sizes} makes its URLs.
	 */
	public static final String OF_FILM = "(SELECT i.sha256 || ' ' || fl.format FROM image i "
			+ "JOIN image_file fl ON fl.sha256 = i.sha256 WHERE i.film_id = f.id AND i.kind = 'poster' AND i.is_primary "
			+ "AND (i.language IS NULL OR i.language = f.languages[1]) ORDER BY i.language NULLS FIRST LIMIT 1)";

	private final JdbcClient jdbc;

	FilmPosters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The URLs of a poster read as {@link #OF_FILM}; {@code null} for none.
	 */
	public static @Nullable ImageSizes sizes(@Nullable String poster) {
		if (poster == null) {
			return null;
		}
		String[] parts = poster.split(" ", 2);
		return ImageSizes.of(parts[0], parts[1]);
	}

	/**
	 * The posters of these films, by film id, in one statement (none for no films); films
	 * without a poster, or that do not exist, are not in it.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Map<Long, ImageSizes> of(Collection<Long> filmIds) {
		Map<Long, ImageSizes> posters = new HashMap<>();
		if (filmIds.isEmpty()) {
			return posters;
		}
		this.jdbc.sql("SELECT f.id, " + OF_FILM + " AS poster FROM film f WHERE f.id = ANY (?)")
			.param(filmIds.stream().distinct().toArray(Long[]::new))
			.query((RowCallbackHandler) (rs) -> {
				ImageSizes sizes = sizes(rs.getString("poster"));
				if (sizes != null) {
					posters.put(rs.getLong("id"), sizes);
				}
			});
		return posters;
	}

}
