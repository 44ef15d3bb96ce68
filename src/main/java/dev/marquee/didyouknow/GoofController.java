package dev.marquee.didyouknow;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's goofs, served as a section of its title page ({@link GoofItems} says which).
 */
@RestController
class GoofController extends SectionItemController<GoofInput, GoofItem> {

	GoofController(SectionItems items, GoofItems section) {
		super(items, section);
	}

}
