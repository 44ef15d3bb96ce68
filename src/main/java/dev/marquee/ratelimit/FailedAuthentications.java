package dev.marquee.ratelimit;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
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

	private final Cache<String, Bucket> buckets;

	FailedAuthentications(RateLimitProperties properties, ProblemWriter problemWriter) {
		this.properties = properties;
		this.problemWriter = problemWriter;
		this.buckets = RateLimitFilter.bucketCache(properties);
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
		Bucket bucket = this.buckets.getIfPresent(request.getRemoteAddr());
		if (bucket == null) {
			return false;
		}
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
			this.buckets.get(request.getRemoteAddr(), (address) -> RateLimitFilter.newBucket(limit, this.properties))
				.tryConsume(1);
		}
	}

}
