package dev.marquee.apikey;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;

final class ApiKeyNotFoundException extends ApiException {

	private ApiKeyNotFoundException(String detail) {
		super(ProblemType.NOT_FOUND, detail);
	}

	static ApiKeyNotFoundException forId(long id) {
		return new ApiKeyNotFoundException("No API key with id '" + id + "'");
	}

}
