package dev.marquee.credit;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's cast, served as a section of its title page ({@link CastItems} says which).
 */
@RestController
class CastController extends SectionItemController<CastMemberInput, CastMember> {

	CastController(SectionItems items, CastItems section) {
		super(items, section);
	}

}
