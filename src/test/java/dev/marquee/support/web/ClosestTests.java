package dev.marquee.support.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "did you mean" guess: near misses get the value meant, values typed wholly
 * differently get none.
 */
class ClosestTests {

	private static final List<String> SECTIONS = List.of("cast", "crew", "trivia", "goofs", "box-office", "all");

	@Test
	void guessesTheValueASwapAnInsertOrADeletionAwayIgnoringCase() {
		assertThat(Closest.to("trivai", SECTIONS)).isEqualTo("trivia");
		assertThat(Closest.to("gofs", SECTIONS)).isEqualTo("goofs");
		assertThat(Closest.to("boxoffice", SECTIONS)).isEqualTo("box-office");
		assertThat(Closest.to("CAST", SECTIONS)).isEqualTo("cast");
		assertThat(Closest.hint("spoilr", List.of("text", "spoiler"))).isEqualTo(" (did you mean 'spoiler'?)");
	}

	@Test
	void guessesNothingForAValueTypedWhollyDifferently() {
		assertThat(Closest.to("bloopers", SECTIONS)).isNull();
		assertThat(Closest.to("editor", List.of("reader", "admin"))).isNull();
		assertThat(Closest.to("x", SECTIONS)).isNull();
		assertThat(Closest.hint("nickname", List.of("name", "birthYear"))).isEmpty();
	}

}
