package dev.marquee.details;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's alternate titles, served as a section of its title page
 * ({@link AlternateTitleItems} says which).
 */
@RestController
class AlternateTitleController extends SectionItemController<AlternateTitleInput, AlternateTitleItem> {

	AlternateTitleController(SectionItems items, AlternateTitleItems section) {
		super(items, section);
	}

}
