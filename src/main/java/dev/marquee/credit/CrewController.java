package dev.marquee.credit;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's crew, served as a section of its title page ({@link CrewItems} says which).
 */
@RestController
class CrewController extends SectionItemController<CrewMemberInput, CrewMember> {

	CrewController(SectionItems items, CrewItems section) {
		super(items, section);
	}

}
