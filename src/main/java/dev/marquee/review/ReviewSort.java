package dev.marquee.review;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.Closest;
import dev.marquee.support.web.InvalidParam;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.jspecify.annotations.Nullable;

/**
 * The orders reviews can be listed in, all best or newest first with ties broken by id. A
 * cursor is bound to the sort it was made for.
 */
enum ReviewSort {

	/** Most helpful votes first. */
	HELPFUL("helpful"),

	/** Newest first. */
	DATE("date"),

	/** Highest rating first; reviews without a rating last. */
	RATING("rating");

	private final String code;

	ReviewSort(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

	/**
	 * The {@code sort} parameter as documented.
	 */
	static Parameter parameter() {
		return new QueryParameter().name("sort")
			.required(false)
			.description("The order: helpful (most helpful votes first, the default), date (newest first) or rating "
					+ "(highest first, unrated last)")
			.schema(new StringSchema()._default(HELPFUL.code)
				._enum(Arrays.stream(values()).map(ReviewSort::code).toList()))
			.example(HELPFUL.code);
	}

	/**
	 * Reads the {@code sort} parameter; absent means {@code helpful}.
	 * @throws ApiException {@code invalid-parameter} naming {@code sort} for any other
	 * value
	 */
	static ReviewSort parse(@Nullable String raw) {
		if (raw == null || raw.isEmpty()) {
			return HELPFUL;
		}
		return Arrays.stream(values())
			.filter((sort) -> sort.code.equals(raw))
			.findFirst()
			.orElseThrow(() -> ApiException.invalidParameter(InvalidParam.query("sort",
					"must be one of " + Arrays.stream(values()).map(ReviewSort::code).collect(Collectors.joining(", "))
							+ Closest.hint(raw, Arrays.stream(values()).map(ReviewSort::code).toList()))));
	}

}
