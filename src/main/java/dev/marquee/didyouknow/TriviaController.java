package dev.marquee.didyouknow;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's trivia, served as a section of its title page ({@link TriviaItems} says
 * which).
 */
@RestController
class TriviaController extends SectionItemController<TriviaInput, TriviaItem> {

	TriviaController(SectionItems items, TriviaItems section) {
		super(items, section);
	}

}
