package dev.marquee.details;

import java.util.ArrayList;
import java.util.List;

import dev.marquee.film.Film;

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

	Details(FilmingLocationRepository locations, AlternateTitleRepository alternateTitles,
			ReleaseDateRepository releaseDates) {
		this.locations = locations;
		this.alternateTitles = alternateTitles;
		this.releaseDates = releaseDates;
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
