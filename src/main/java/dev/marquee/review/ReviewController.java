package dev.marquee.review;

import dev.marquee.section.SectionItemController;
import dev.marquee.section.SectionItems;

import org.springframework.web.bind.annotation.RestController;

/**
 * A film's user reviews, served as a section of its title page ({@link ReviewItems} says
 * which).
 */
@RestController
class ReviewController extends SectionItemController<ReviewInput, ReviewItem> {

	ReviewController(SectionItems items, ReviewItems section) {
		super(items, section);
	}

}
