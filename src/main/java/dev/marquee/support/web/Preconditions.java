package dev.marquee.support.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The {@code If-Match} and {@code If-None-Match} conditions of a write, checked against a
 * resource's version. A versioned resource's ETag is its version in quotes ({@code "7"}),
 * followed by a digest of what it shows of other resources when it shows any
 * ({@code "7.3f9a0c12b4e6d8a1"}, see {@link ETags}); If-Match compares the version part,
 * strongly, so a weak tag ({@code W/"7"}) never matches.
 *
 * @param ifMatch the ETags of If-Match ({@code *} included as is), or {@code null} when
 * not sent
 * @param ifNoneMatchAny whether {@code If-None-Match: *} (create only) was sent
 */
public record Preconditions(@Nullable List<String> ifMatch, boolean ifNoneMatchAny) {

	private static final Pattern QUOTED = Pattern.compile("(W/)?\"[^\"]*\"");

	public static Preconditions of(HttpServletRequest request) {
		@Nullable String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
		@Nullable String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		return new Preconditions((ifMatch != null) ? split(ifMatch) : null,
				ifNoneMatch != null && ifNoneMatch.strip().equals("*"));
	}

	/**
	 * Checks the conditions against the resource's current version.
	 * @param currentVersion its version, or {@code null} when it does not exist
	 * @param what the resource, for the problem's detail ("film tt3783958")
	 * @throws ApiException {@code precondition-failed} when a condition does not hold
	 */
	public void check(@Nullable Long currentVersion, String what) {
		if (this.ifNoneMatchAny && currentVersion != null) {
			throw new ApiException(ProblemType.PRECONDITION_FAILED, "If-None-Match: * asks to create only, but " + what
					+ " exists (ETag " + ETags.of(currentVersion) + ")");
		}
		if (this.ifMatch == null) {
			return;
		}
		if (currentVersion == null) {
			throw new ApiException(ProblemType.PRECONDITION_FAILED,
					"If-Match was sent but " + what + " does not exist");
		}
		if (!this.ifMatch.contains("*")
				&& this.ifMatch.stream().noneMatch((tag) -> ETags.matchesVersion(tag, currentVersion))) {
			throw stale(what, currentVersion);
		}
	}

	/**
	 * Like {@link #check}, but If-Match is required: single-resource writes must say
	 * which version they change.
	 * @throws ApiException {@code precondition-required} without If-Match
	 */
	public void require(long currentVersion, String what) {
		if (this.ifMatch == null) {
			throw new ApiException(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag of " + what
					+ " as you read it (currently " + ETags.of(currentVersion) + "), so that no edit is lost");
		}
		check(currentVersion, what);
	}

	public static ApiException stale(String what, long currentVersion) {
		return new ApiException(ProblemType.PRECONDITION_FAILED, "If-Match does not hold: " + what
				+ " has changed since it was read (its ETag is now " + ETags.of(currentVersion) + ")");
	}

	/**
	 * The ETags of If-Match; one without its double quotes ({@code If-Match: 7}) is
	 * refused rather than compared, since it can never match and a 412 would wrongly say
	 * the resource changed.
	 * @throws ApiException {@code invalid-parameter} for an ETag without quotes
	 */
	private static List<String> split(String header) {
		List<String> tags = Arrays.stream(header.split(","))
			.map(String::strip)
			.filter((tag) -> !tag.isEmpty())
			.toList();
		for (String tag : tags) {
			if (!tag.equals("*") && !QUOTED.matcher(tag).matches()) {
				throw ApiException.invalidParameter(InvalidParam.header(HttpHeaders.IF_MATCH, "'" + tag
						+ "' is not an ETag: send it back in double quotes, as the ETag header gives it (If-Match: \""
						+ tag.replace("\"", "") + "\")"));
			}
		}
		return tags;
	}

}
