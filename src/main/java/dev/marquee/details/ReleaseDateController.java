package dev.marquee.details;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's release dates, served as a section of its title page ({@link ReleaseDateItems}
 * says which).
 */
@RestController
class ReleaseDateController extends SectionItemController<ReleaseDateInput, ReleaseDateItem> {

	ReleaseDateController(SectionItems items, ReleaseDateItems section) {
		super(items, section);
	}

}
