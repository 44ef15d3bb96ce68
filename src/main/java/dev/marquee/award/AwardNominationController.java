package dev.marquee.award;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's award nominations, served as a section of its title page
 * ({@link AwardNominationItems} says which).
 */
@RestController
class AwardNominationController extends SectionItemController<AwardNominationInput, AwardNominationItem> {

	AwardNominationController(SectionItems items, AwardNominationItems section) {
		super(items, section);
	}

}
