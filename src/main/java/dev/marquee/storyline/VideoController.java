package dev.marquee.storyline;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's videos, served as a section of its title page ({@link VideoItems} says which).
 */
@RestController
class VideoController extends SectionItemController<VideoInput, VideoItem> {

	VideoController(SectionItems items, VideoItems section) {
		super(items, section);
	}

}
