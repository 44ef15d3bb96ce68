package dev.marquee.storyline;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's taglines, served as a section of its title page ({@link TaglineItems} says
 * which).
 */
@RestController
class TaglineController extends SectionItemController<TaglineInput, TaglineItem> {

	TaglineController(SectionItems items, TaglineItems section) {
		super(items, section);
	}

}
