package dev.marquee.storyline;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's keywords, served as a section of its title page ({@link KeywordItems} says
 * which).
 */
@RestController
class KeywordController extends SectionItemController<KeywordInput, KeywordItem> {

	KeywordController(SectionItems items, KeywordItems section) {
		super(items, section);
	}

}
