package dev.marquee.ratelimit;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ProblemWriter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bounds failed authentications per client address: an address whose credentials were
 * refused {@code marquee.rate-limit.failed-authentications} times within a window gets
 * 429 problem+json with {@code Retry-After} for every request carrying credentials until
 * the window ends — answered before the key is looked up, so guessing keys costs the
 * server nothing more. Requests without credentials go on as anonymous ones.
 */
public class FailedAuthentications {

	private final RateLimitProperties properties;

	private final ProblemWriter problemWriter;

	private final Buckets buckets;

	FailedAuthentications(RateLimitProperties properties, ProblemWriter problemWriter, Buckets buckets) {
		this.properties = properties;
		this.problemWriter = problemWriter;
		this.buckets = buckets;
	}

	/**
	 * Answers 429 when the request's address has used up its failed authentications.
	 * @return whether the request was answered
	 */
	public boolean refuseIfExhausted(HttpServletRequest request, HttpServletResponse response) throws IOException {
		long limit = this.properties.failedAuthentications();
		if (limit <= 0) {
			return false;
		}
		Optional<Bucket> found = this.buckets.existing(key(request), limit);
		if (found.isEmpty()) {
			return false;
		}
		Bucket bucket = found.get();
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		if (probe.canBeConsumed()) {
			return false;
		}
		long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
		response.setHeader("Retry-After", String.valueOf(retryAfter));
		this.problemWriter.write(request, response, ProblemType.TOO_MANY_REQUESTS,
				"Too many failed authentications from this address: " + limit + " are allowed every "
						+ this.properties.window().toSeconds() + " seconds; retry in " + retryAfter + " seconds",
				List.of());
		return true;
	}

	/**
	 * Counts a refused credential against the request's address.
	 */
	public void recordFailure(HttpServletRequest request) {
		long limit = this.properties.failedAuthentications();
		if (limit > 0) {
			this.buckets.tryConsume(key(request), limit);
		}
	}

	private static String key(HttpServletRequest request) {
		return "failed:" + request.getRemoteAddr();
	}

}
