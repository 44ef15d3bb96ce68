package dev.marquee.company;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's companies, served as a section of its title page ({@link CompanyCreditItems}
 * says which).
 */
@RestController
class CompanyCreditController extends SectionItemController<CompanyCreditInput, CompanyCreditItem> {

	CompanyCreditController(SectionItems items, CompanyCreditItems section) {
		super(items, section);
	}

}
