package dev.marquee.idempotency;

import org.jspecify.annotations.Nullable;

/**
 * What a request finds when it presents an idempotency key.
 *
 * @param outcome whether it runs, replays, or is refused
 * @param response the first answer, when {@code outcome} is {@link Outcome#REPLAY}
 */
record Claim(Outcome outcome, @Nullable StoredResponse response) {

	enum Outcome {

		/** The key is new: this request runs and its answer is stored. */
		RUN,

		/** The key was used for this same request, which has been answered. */
		REPLAY,

		/** The key was used for this same request, which is still running. */
		IN_PROGRESS,

		/** The key was used for a different request. */
		REUSED

	}

}
