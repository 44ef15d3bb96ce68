package dev.marquee.apikey;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A bearer credential that cannot be accepted; the message is the problem's detail and
 * never holds key material.
 */
public final class RejectedApiKeyException extends BadCredentialsException {

	private RejectedApiKeyException(String detail) {
		super(detail);
	}

	public static RejectedApiKeyException notBearer() {
		return new RejectedApiKeyException(
				"The Authorization header must be 'Bearer <key>' with an API key of the form "
						+ KeyMaterial.describeFormat());
	}

	public static RejectedApiKeyException malformed() {
		return new RejectedApiKeyException(
				"The bearer token is not an API key: expected " + KeyMaterial.describeFormat());
	}

	static RejectedApiKeyException unknown() {
		return new RejectedApiKeyException("The API key is not known");
	}

	static RejectedApiKeyException revoked() {
		return new RejectedApiKeyException("The API key has been revoked");
	}

}
