package dev.marquee.didyouknow;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's connections, served as a section of its title page ({@link ConnectionItems}
 * says which).
 */
@RestController
class ConnectionController extends SectionItemController<ConnectionInput, ConnectionItem> {

	ConnectionController(SectionItems items, ConnectionItems section) {
		super(items, section);
	}

}
