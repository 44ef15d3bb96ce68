package dev.marquee.storyline;

import java.util.List;

import dev.marquee.film.Film;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The storyline sections of a film document, each written as a whole: taglines, keywords,
 * certifications and videos.
 */
@Service
@Transactional(readOnly = true)
public class Storyline {

	private final TaglineRepository taglines;

	private final CertificationRepository certifications;

	Storyline(TaglineRepository taglines, CertificationRepository certifications) {
		this.taglines = taglines;
		this.certifications = certifications;
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

}
