package dev.marquee.storyline;

import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.support.web.InvalidBodyException;
import dev.marquee.support.web.InvalidParam;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The storyline sections of a film document, each written as a whole: taglines, keywords,
 * certifications, videos and translations.
 */
@Service
@Transactional(readOnly = true)
public class Storyline {

	private final TaglineRepository taglines;

	private final CertificationRepository certifications;

	private final FilmKeywordRepository filmKeywords;

	private final Keywords keywords;

	private final VideoRepository videos;

	private final TranslationRepository translations;

	Storyline(TaglineRepository taglines, CertificationRepository certifications, FilmKeywordRepository filmKeywords,
			Keywords keywords, VideoRepository videos, TranslationRepository translations) {
		this.videos = videos;
		this.translations = translations;
		this.taglines = taglines;
		this.certifications = certifications;
		this.filmKeywords = filmKeywords;
		this.keywords = keywords;
	}

	@Transactional
	public void replaceTaglines(Film film, List<TaglineInput> inputs) {
		this.taglines.deleteByFilm(film);
		this.taglines.saveAll(inputs.stream().map((input) -> new Tagline(film, input)).toList());
	}

	@Transactional
	public void replaceCertifications(Film film, List<CertificationInput> inputs) {
		this.certifications.deleteByFilm(film);
		this.certifications.saveAll(inputs.stream().map((input) -> new Certification(film, input)).toList());
	}

	/**
	 * Replaces the film's keywords; a document naming one keyword twice is refused,
	 * naming the second mention.
	 */
	@Transactional
	public void replaceKeywords(Film film, List<KeywordInput> inputs) {
		List<String> slugs = inputs.stream().map(KeywordInput::key).toList();
		for (int i = 0; i < slugs.size(); i++) {
			int first = slugs.indexOf(slugs.get(i));
			if (first < i && !slugs.get(i).isEmpty()) {
				throw InvalidBodyException.of(List.of(InvalidParam.body("keywords[" + i + "].slug",
						"names the same keyword as keywords[" + first + "]; a film has a keyword once")));
			}
		}
		this.filmKeywords.deleteByFilm(film);
		this.filmKeywords
			.saveAll(this.keywords.resolve(inputs).stream().map((keyword) -> new FilmKeyword(film, keyword)).toList());
	}

	@Transactional
	public void replaceVideos(Film film, List<VideoInput> inputs) {
		this.videos.deleteByFilm(film);
		this.videos.saveAll(inputs.stream().map((input) -> new Video(film, input)).toList());
	}

	/**
	 * Replaces the film's translations; a document naming one language twice is refused,
	 * naming the second mention.
	 */
	@Transactional
	public void replaceTranslations(Film film, List<TranslationInput> inputs) {
		List<String> languages = inputs.stream().map(TranslationInput::language).toList();
		for (int i = 0; i < languages.size(); i++) {
			int first = languages.indexOf(languages.get(i));
			if (first < i) {
				throw InvalidBodyException.of(List
					.of(InvalidParam.body("translations[" + i + "].language", "names the same language as translations["
							+ first + "]; a film has one translation per " + "language")));
			}
		}
		this.translations.deleteByFilm(film);
		this.translations.saveAll(inputs.stream().map((input) -> new Translation(film, input)).toList());
	}

}
