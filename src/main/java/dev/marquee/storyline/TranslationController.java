package dev.marquee.storyline;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's translations, served as a section of its title page ({@link TranslationItems}
 * says which).
 */
@RestController
class TranslationController extends SectionItemController<TranslationInput, TranslationItem> {

	TranslationController(SectionItems items, TranslationItems section) {
		super(items, section);
	}

}
