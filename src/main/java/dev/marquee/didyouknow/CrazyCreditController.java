package dev.marquee.didyouknow;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's crazy credits, served as a section of its title page ({@link CrazyCreditItems}
 * says which).
 */
@RestController
class CrazyCreditController extends SectionItemController<CrazyCreditInput, CrazyCreditItem> {

	CrazyCreditController(SectionItems items, CrazyCreditItems section) {
		super(items, section);
	}

}
