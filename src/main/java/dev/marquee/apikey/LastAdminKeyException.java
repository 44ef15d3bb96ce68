package dev.marquee.apikey;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.ProblemType;

/**
 * Revoking the only active admin key would leave nobody able to manage keys or write.
 */
final class LastAdminKeyException extends ApiException {

	private LastAdminKeyException(String detail) {
		super(ProblemType.CONFLICT, detail);
	}

	static LastAdminKeyException forId(long id) {
		return new LastAdminKeyException("API key " + id + " is the last active admin key: revoking it would lock "
				+ "every admin out. Create another admin key first (POST /api/v1/admin/api-keys with role admin), "
				+ "then revoke this one with the new key");
	}

}
