package dev.marquee.testdata;

import java.security.SecureRandom;
import java.util.Base64;

import dev.marquee.apikey.ApiKeyRole;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.apikey.IssuedApiKey;

/**
 * API keys for tests, as {@code Authorization} header values.
 */
public final class TestKeys {

	/**
	 * Well formed ({@code mq_} and 43 base64url characters) but never issued.
	 */
	public static final String UNKNOWN = "Bearer mq_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

	public static final String MALFORMED = "Bearer not-a-key";

	private TestKeys() {
	}

	/**
	 * A new random key, well formed but never issued: each costs a lookup to refuse.
	 */
	public static String wellFormedUnknown() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return "Bearer mq_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	public static String admin(ApiKeys keys) {
		return bearer(keys.issue("test admin", ApiKeyRole.ADMIN));
	}

	public static String reader(ApiKeys keys) {
		return bearer(keys.issue("test reader", ApiKeyRole.READER));
	}

	/**
	 * A revoked admin key; another admin key is issued first, since the last active admin
	 * key cannot be revoked.
	 */
	public static String revoked(ApiKeys keys) {
		keys.issue("test admin outliving a revoked one", ApiKeyRole.ADMIN);
		IssuedApiKey issued = keys.issue("test revoked", ApiKeyRole.ADMIN);
		keys.revoke(issued.id());
		return bearer(issued);
	}

	private static String bearer(IssuedApiKey issued) {
		return "Bearer " + issued.key();
	}

}
