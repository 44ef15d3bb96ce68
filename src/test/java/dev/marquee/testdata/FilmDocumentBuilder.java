package dev.marquee.testdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.marquee.award.AwardsInput;
import dev.marquee.boxoffice.BoxOfficeInput;
import dev.marquee.boxoffice.Money;
import dev.marquee.company.CompanyCreditInput;
import dev.marquee.company.CompanyRefInput;
import dev.marquee.company.CompanyRole;
import dev.marquee.credit.CastMemberInput;
import dev.marquee.credit.CrewMemberInput;
import dev.marquee.credit.Department;
import dev.marquee.details.AlternateTitleInput;
import dev.marquee.didyouknow.GoofCategory;
import dev.marquee.didyouknow.GoofInput;
import dev.marquee.didyouknow.TriviaInput;
import dev.marquee.film.FilmType;
import dev.marquee.films.FilmDocument;
import dev.marquee.image.DocumentImage;
import dev.marquee.image.ImageKind;
import dev.marquee.list.ListRefInput;
import dev.marquee.person.PersonRefInput;
import dev.marquee.review.ReviewInput;
import dev.marquee.storyline.CertificationInput;
import dev.marquee.storyline.KeywordInput;
import dev.marquee.storyline.ReleaseType;
import dev.marquee.storyline.TaglineInput;
import dev.marquee.storyline.TranslationInput;
import org.jspecify.annotations.Nullable;

/**
 * Builds film documents for tests: a valid minimal film by default, with only what a test
 * cares about set. Store one with {@link TestFilms#create}.
 */
public final class FilmDocumentBuilder {

	private final String imdbId;

	private String title;

	private FilmType type = FilmType.MOVIE;

	private @Nullable Integer releaseYear = 2000;

	private List<String> genres = new ArrayList<>();

	private List<String> countries = new ArrayList<>();

	private List<String> languages = new ArrayList<>();

	private @Nullable BigDecimal ratingAverage;

	private int ratingVotes;

	private @Nullable Integer tmdbId;

	private @Nullable String wikidataId;

	private final List<CastMemberInput> cast = new ArrayList<>();

	private final List<DocumentImage> images = new ArrayList<>();

	private final List<CrewMemberInput> crew = new ArrayList<>();

	private final List<AlternateTitleInput> alternateTitles = new ArrayList<>();

	private final List<TriviaInput> trivia = new ArrayList<>();

	private final List<ReviewInput> reviews = new ArrayList<>();

	private final List<GoofInput> goofs = new ArrayList<>();

	private final List<CompanyCreditInput> companies = new ArrayList<>();

	private final List<ListRefInput> lists = new ArrayList<>();

	private @Nullable BoxOfficeInput boxOffice;

	private final List<TaglineInput> taglines = new ArrayList<>();

	private final List<TranslationInput> translations = new ArrayList<>();

	private final List<CertificationInput> certifications = new ArrayList<>();

	private final List<KeywordInput> keywords = new ArrayList<>();

	private FilmDocumentBuilder(String imdbId, String title) {
		this.imdbId = imdbId;
		this.title = title;
	}

	/**
	 * A film with this IMDb id ({@code tt} + 7 to 10 digits) and title.
	 */
	public static FilmDocumentBuilder film(String imdbId, String title) {
		return new FilmDocumentBuilder(imdbId, title);
	}

	/**
	 * A film with this title under an IMDb id no other test uses ({@link TestIds}).
	 */
	public static FilmDocumentBuilder film(String title) {
		return new FilmDocumentBuilder(TestIds.film(), title);
	}

	/**
	 * The film's IMDb id.
	 */
	public String imdbId() {
		return this.imdbId;
	}

	public FilmDocumentBuilder type(FilmType type) {
		this.type = type;
		return this;
	}

	public FilmDocumentBuilder year(@Nullable Integer year) {
		this.releaseYear = year;
		return this;
	}

	public FilmDocumentBuilder genres(String... genres) {
		this.genres = List.of(genres);
		return this;
	}

	public FilmDocumentBuilder countries(String... countries) {
		this.countries = List.of(countries);
		return this;
	}

	public FilmDocumentBuilder languages(String... languages) {
		this.languages = List.of(languages);
		return this;
	}

	public FilmDocumentBuilder rating(@Nullable String average, int votes) {
		this.ratingAverage = (average != null) ? new BigDecimal(average) : null;
		this.ratingVotes = votes;
		return this;
	}

	public FilmDocumentBuilder externalIds(@Nullable Integer tmdbId, @Nullable String wikidataId) {
		this.tmdbId = tmdbId;
		this.wikidataId = wikidataId;
		return this;
	}

	/**
	 * Adds an actor, billed after those already added.
	 */
	public FilmDocumentBuilder actor(@Nullable String personImdbId, String name, String character) {
		this.cast.add(new CastMemberInput(new PersonRefInput(personImdbId, name), List.of(character),
				this.cast.size() + 1, null, null));
		return this;
	}

	/**
	 * Adds {@code count} actors named "{prefix} 1", "{prefix} 2", … (people without IMDb
	 * ids).
	 */
	public FilmDocumentBuilder actors(String prefix, int count) {
		for (int i = 1; i <= count; i++) {
			actor(null, prefix + " " + i, "Character " + i);
		}
		return this;
	}

	public FilmDocumentBuilder crew(@Nullable String personImdbId, String name, Department department, String job) {
		this.crew.add(new CrewMemberInput(new PersonRefInput(personImdbId, name), department, job, null, null));
		return this;
	}

	public FilmDocumentBuilder alternateTitle(String title, @Nullable String region) {
		this.alternateTitles.add(new AlternateTitleInput(title, region, null, List.of(), List.of(), false));
		return this;
	}

	public FilmDocumentBuilder trivia(String text, boolean spoiler) {
		this.trivia.add(new TriviaInput(text, spoiler, 0, 0));
		return this;
	}

	/**
	 * Adds a review by "{title} author", published on {@code publishedOn} (ISO date).
	 */
	public FilmDocumentBuilder review(String title, String publishedOn, @Nullable Integer rating, int helpfulVotes,
			boolean spoiler) {
		this.reviews.add(new ReviewInput(title, "Body of " + title, title + " author",
				java.time.LocalDate.parse(publishedOn), rating, spoiler, helpfulVotes, 0, false));
		return this;
	}

	/**
	 * Adds a continuity goof.
	 */
	public FilmDocumentBuilder goof(String text) {
		this.goofs.add(new GoofInput(GoofCategory.CONTINUITY, text, false));
		return this;
	}

	/**
	 * Adds a production company, after those already added.
	 */
	public FilmDocumentBuilder company(@Nullable String companyImdbId, String name) {
		this.companies
			.add(new CompanyCreditInput(new CompanyRefInput(companyImdbId, name, null), CompanyRole.PRODUCTION, null));
		return this;
	}

	/**
	 * Puts the film on the list with this title (created when missing).
	 */
	public FilmDocumentBuilder list(String title) {
		this.lists.add(new ListRefInput(title, null));
		return this;
	}

	/**
	 * Box office figures in US dollars: a budget and a worldwide gross.
	 */
	public FilmDocumentBuilder boxOffice(long budget, long grossWorldwide) {
		this.boxOffice = new BoxOfficeInput(new Money(BigDecimal.valueOf(budget), "USD"), false, null, null, null,
				new Money(BigDecimal.valueOf(grossWorldwide), "USD"));
		return this;
	}

	/**
	 * Adds a tagline, after those already added.
	 */
	public FilmDocumentBuilder tagline(String text) {
		this.taglines.add(new TaglineInput(text));
		return this;
	}

	/**
	 * Adds a theatrical certificate, after those already added.
	 */
	public FilmDocumentBuilder certification(String country, String rating) {
		this.certifications.add(new CertificationInput(country, rating, ReleaseType.THEATRICAL, null));
		return this;
	}

	/**
	 * Adds a keyword by name (its slug the name folded), after those already added.
	 */
	public FilmDocumentBuilder keyword(String name) {
		this.keywords.add(new KeywordInput(null, name));
		return this;
	}

	/**
	 * Adds a translation, after those already added.
	 */
	public FilmDocumentBuilder translation(String language, @Nullable String title, @Nullable String plot,
			@Nullable String tagline) {
		this.translations.add(new TranslationInput(language, title, plot, tagline));
		return this;
	}

	/**
	 * Adds an image of a stored file (its SHA-256), after those already added.
	 */
	public FilmDocumentBuilder image(String file, ImageKind kind, @Nullable String language, boolean primary,
			int order) {
		this.images.add(new DocumentImage(file, kind, language, primary, order, null, null, null));
		return this;
	}

	public FilmDocument build() {
		return new FilmDocument(this.imdbId, this.title, this.title, this.type, this.releaseYear, null, 100, null,
				this.genres, new FilmDocument.RatingInput(this.ratingAverage, this.ratingVotes), this.countries,
				this.languages, new FilmDocument.TechnicalSpecsInput(null, List.of(), null), List.of(),
				new FilmDocument.ExternalIdsInput(this.tmdbId, this.wikidataId), false, this.cast, this.crew,
				this.trivia, this.goofs, List.of(), List.of(), List.of(), this.reviews, this.boxOffice,
				new AwardsInput(null, List.of()), List.of(), this.alternateTitles, List.of(), this.companies,
				this.lists, this.taglines, this.certifications, this.keywords, List.of(), this.translations,
				this.images);
	}

}
