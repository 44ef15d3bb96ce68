package dev.marquee.didyouknow;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@Schema(description = "A piece of trivia in a film document.")
public record TriviaInput(@NotBlank @Size(max = 20000) String text, boolean spoiler,
		@PositiveOrZero int interestingVotes, @PositiveOrZero int totalVotes) {

	/**
	 * Checked here rather than left to the table's constraint, so that a bad count is a
	 * 400 naming the field, not a failed write.
	 */
	@JsonIgnore
	@AssertTrue(message = "interestingVotes must not exceed totalVotes")
	public boolean isInterestingVotesWithinTotal() {
		// a negative count is refused by its own constraint; say only what is new
		return this.totalVotes < 0 || this.interestingVotes <= this.totalVotes;
	}

}
