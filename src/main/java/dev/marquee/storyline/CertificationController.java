package dev.marquee.storyline;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's certifications, served as a section of its title page
 * ({@link CertificationItems} says which).
 */
@RestController
class CertificationController extends SectionItemController<CertificationInput, CertificationItem> {

	CertificationController(SectionItems items, CertificationItems section) {
		super(items, section);
	}

}
