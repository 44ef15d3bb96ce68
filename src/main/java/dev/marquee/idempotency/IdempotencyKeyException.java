package dev.marquee.idempotency;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;

/**
 * An Idempotency-Key that cannot be honoured.
 */
final class IdempotencyKeyException extends ApiException {

	private IdempotencyKeyException(ProblemType type, String detail) {
		super(type, detail);
	}

	static IdempotencyKeyException reused(String key) {
		return new IdempotencyKeyException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key
				+ "' was used for a different request (another method, path or body); use a new key for a new request");
	}

	static IdempotencyKeyException inProgress(String key) {
		return new IdempotencyKeyException(ProblemType.IDEMPOTENCY_KEY_IN_PROGRESS, "The first request with "
				+ "Idempotency-Key '" + key + "' is still running; retry later to get its answer");
	}

}
