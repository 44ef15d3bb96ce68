package dev.marquee.soundtrack;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's soundtracks, served as a section of its title page ({@link SoundtrackItems}
 * says which).
 */
@RestController
class SoundtrackItemController extends SectionItemController<SoundtrackInput, SoundtrackItem> {

	SoundtrackItemController(SectionItems items, SoundtrackItems section) {
		super(items, section);
	}

}
