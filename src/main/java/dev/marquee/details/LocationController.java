package dev.marquee.details;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's filming locations, served as a section of its title page
 * ({@link LocationItems} says which).
 */
@RestController
class LocationController extends SectionItemController<LocationInput, LocationItem> {

	LocationController(SectionItems items, LocationItems section) {
		super(items, section);
	}

}
