package dev.marquee.film;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A title: a feature film, a short, a series or an episode. Its own facts (technical
 * specs, countries, languages, genres, rating, external ids) live here; every other
 * section of the title page is a table of its own that points at the film.
 */
@Entity
@Table(name = "film")
public class Film extends BaseEntity {

	@Column(nullable = false, length = 12)
	private String imdbId;

	private @Nullable Integer tmdbId;

	@Column(length = 16)
	private @Nullable String wikidataId;

	@Column(nullable = false)
	private String title;

	private @Nullable String originalTitle;

	@Column(nullable = false, length = 16)
	private FilmType type;

	private @Nullable Integer releaseYear;

	private @Nullable Integer endYear;

	private @Nullable Integer runtimeMinutes;

	private @Nullable String plot;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> genres = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> countries = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> languages = new ArrayList<>();

	@Column(length = 40)
	private @Nullable String color;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> soundMixes = new ArrayList<>();

	@Column(length = 20)
	private @Nullable String aspectRatio;

	@Column(nullable = false)
	private boolean adult;

	@Column(precision = 3, scale = 1)
	private @Nullable BigDecimal ratingAverage;

	@Column(nullable = false)
	private int ratingVotes;

	@OneToMany(mappedBy = "film", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<OfficialSite> officialSites = new ArrayList<>();

	/**
	 * The series an episode belongs to, with its season and episode numbers (IMDb's
	 * title.episode). Written by imports only, hence read-only here.
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "series_film_id", insertable = false, updatable = false)
	private @Nullable Film series;

	@Column(insertable = false, updatable = false)
	private @Nullable Integer seasonNumber;

	@Column(insertable = false, updatable = false)
	private @Nullable Integer episodeNumber;

	protected Film() {
		// for JPA
	}

	public Film(String imdbId, String title, FilmType type) {
		this.imdbId = imdbId;
		this.title = title;
		this.type = type;
	}

	public @Nullable Film getSeries() {
		return this.series;
	}

	public @Nullable Integer getSeasonNumber() {
		return this.seasonNumber;
	}

	public @Nullable Integer getEpisodeNumber() {
		return this.episodeNumber;
	}

	public String getImdbId() {
		return this.imdbId;
	}

	public @Nullable Integer getTmdbId() {
		return this.tmdbId;
	}

	public void setTmdbId(@Nullable Integer tmdbId) {
		this.tmdbId = tmdbId;
	}

	public @Nullable String getWikidataId() {
		return this.wikidataId;
	}

	public void setWikidataId(@Nullable String wikidataId) {
		this.wikidataId = wikidataId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public @Nullable String getOriginalTitle() {
		return this.originalTitle;
	}

	public void setOriginalTitle(@Nullable String originalTitle) {
		this.originalTitle = originalTitle;
	}

	public FilmType getType() {
		return this.type;
	}

	public void setType(FilmType type) {
		this.type = type;
	}

	public @Nullable Integer getReleaseYear() {
		return this.releaseYear;
	}

	public void setReleaseYear(@Nullable Integer releaseYear) {
		this.releaseYear = releaseYear;
	}

	public @Nullable Integer getEndYear() {
		return this.endYear;
	}

	public void setEndYear(@Nullable Integer endYear) {
		this.endYear = endYear;
	}

	public @Nullable Integer getRuntimeMinutes() {
		return this.runtimeMinutes;
	}

	public void setRuntimeMinutes(@Nullable Integer runtimeMinutes) {
		this.runtimeMinutes = runtimeMinutes;
	}

	public @Nullable String getPlot() {
		return this.plot;
	}

	public void setPlot(@Nullable String plot) {
		this.plot = plot;
	}

	public List<String> getGenres() {
		return this.genres;
	}

	public void setGenres(List<String> genres) {
		this.genres = new ArrayList<>(genres);
	}

	public List<String> getCountries() {
		return this.countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = new ArrayList<>(countries);
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = new ArrayList<>(languages);
	}

	public @Nullable String getColor() {
		return this.color;
	}

	public void setColor(@Nullable String color) {
		this.color = color;
	}

	public List<String> getSoundMixes() {
		return this.soundMixes;
	}

	public void setSoundMixes(List<String> soundMixes) {
		this.soundMixes = new ArrayList<>(soundMixes);
	}

	public @Nullable String getAspectRatio() {
		return this.aspectRatio;
	}

	public void setAspectRatio(@Nullable String aspectRatio) {
		this.aspectRatio = aspectRatio;
	}

	public boolean isAdult() {
		return this.adult;
	}

	public void setAdult(boolean adult) {
		this.adult = adult;
	}

	public @Nullable BigDecimal getRatingAverage() {
		return this.ratingAverage;
	}

	public int getRatingVotes() {
		return this.ratingVotes;
	}

	public void setRating(@Nullable BigDecimal average, int votes) {
		this.ratingAverage = average;
		this.ratingVotes = votes;
	}

	public List<OfficialSite> getOfficialSites() {
		return this.officialSites;
	}

	public void replaceOfficialSites(List<OfficialSite.Fields> sites) {
		this.officialSites.clear();
		int position = 1;
		for (OfficialSite.Fields site : sites) {
			this.officialSites.add(new OfficialSite(this, position++, site.label(), site.url()));
		}
	}

}
