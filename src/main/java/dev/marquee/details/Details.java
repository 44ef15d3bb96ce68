package dev.marquee.details;

import java.util.ArrayList;
import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.film.Films;
import dev.marquee.section.SectionPaging;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The title page's "Details" that are lists of their own: filming locations, alternate
 * titles (AKAs) and release dates.
 */
@Service
@Transactional(readOnly = true)
public class Details {

	private final FilmingLocationRepository locations;

	private final AlternateTitleRepository alternateTitles;

	private final ReleaseDateRepository releaseDates;

	private final Films films;

	Details(FilmingLocationRepository locations, AlternateTitleRepository alternateTitles,
			ReleaseDateRepository releaseDates, Films films) {
		this.locations = locations;
		this.alternateTitles = alternateTitles;
		this.releaseDates = releaseDates;
		this.films = films;
	}

	public List<LocationItem> locations(Film film) {
		return this.locations.findByFilm(film).stream().map(FilmingLocation::toView).toList();
	}

	public List<AlternateTitleItem> alternateTitles(Film film) {
		return this.alternateTitles.findByFilm(film).stream().map(AlternateTitle::toView).toList();
	}

	/**
	 * Release dates, earliest first.
	 */
	public List<ReleaseDateItem> releaseDates(Film film) {
		return this.releaseDates.findByFilm(film).stream().map(ReleaseDate::toView).toList();
	}

	PageView<LocationItem> locationPage(ResourceId filmId, int size, @Nullable String after) {
		Film film = this.films.require(filmId);
		Cursor cursor = Cursor.decode(after, "locations", 2);
		List<FilmingLocation> rows = (cursor != null)
				? this.locations.findPage(film, cursor.intKey(0), cursor.longKey(1), Limit.of(size + 1))
				: this.locations.findPage(film, Integer.MIN_VALUE, 0, Limit.of(size + 1));
		return PageView.of(rows, size, FilmingLocation::toView,
				(row) -> Cursor.of("locations", row.getPosition(), row.getId()));
	}

	PageView<AlternateTitleItem> alternateTitlePage(ResourceId filmId, int size, @Nullable String after) {
		Film film = this.films.require(filmId);
		return SectionPaging.pageById("alternate-titles", size, after,
				(afterId, limit) -> this.alternateTitles.findPage(film, afterId, limit), AlternateTitle::toView);
	}

	/**
	 * One page of release dates, earliest first.
	 */
	PageView<ReleaseDateItem> releaseDatePage(ResourceId filmId, int size, @Nullable String after) {
		Film film = this.films.require(filmId);
		Cursor cursor = Cursor.decode(after, "release-dates", 2);
		List<ReleaseDate> rows = (cursor != null)
				? this.releaseDates.findPage(film, cursor.dateKey(0), cursor.longKey(1), Limit.of(size + 1))
				: this.releaseDates.findFirstPage(film, Limit.of(size + 1));
		return PageView.of(rows, size, ReleaseDate::toView,
				(row) -> Cursor.of("release-dates", row.getDate(), row.getId()));
	}

	@Transactional
	public void replaceLocations(Film film, List<LocationInput> inputs) {
		this.locations.deleteByFilm(film);
		List<FilmingLocation> rows = new ArrayList<>();
		int position = 1;
		for (LocationInput input : inputs) {
			rows.add(new FilmingLocation(film, position++, input));
		}
		this.locations.saveAll(rows);
	}

	@Transactional
	public void replaceAlternateTitles(Film film, List<AlternateTitleInput> inputs) {
		this.alternateTitles.deleteByFilm(film);
		this.alternateTitles.saveAll(inputs.stream().map((input) -> new AlternateTitle(film, input)).toList());
	}

	@Transactional
	public void replaceReleaseDates(Film film, List<ReleaseDateInput> inputs) {
		this.releaseDates.deleteByFilm(film);
		this.releaseDates.saveAll(inputs.stream().map((input) -> new ReleaseDate(film, input)).toList());
	}

}
