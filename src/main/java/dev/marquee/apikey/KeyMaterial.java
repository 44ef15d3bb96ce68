package dev.marquee.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * An API key's text and what is stored of it. A key is {@code mq_} followed by 32 random
 * bytes (256 bits) in unpadded base64url, 46 characters in all. Only its SHA-256 hash is
 * stored — a fast hash is enough because the key is random, not a password — and its
 * first {@value #PREFIX_LENGTH} characters, which identify it in listings without
 * revealing anything useful.
 */
public final class KeyMaterial {

	static final String SCHEME_PREFIX = "mq_";

	static final int PREFIX_LENGTH = 10;

	private static final Pattern FORMAT = Pattern.compile("mq_[A-Za-z0-9_-]{43}");

	private static final SecureRandom random = new SecureRandom();

	private final String key;

	private KeyMaterial(String key) {
		this.key = key;
	}

	static KeyMaterial generate() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return new KeyMaterial(SCHEME_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/**
	 * Whether the text has a key's form; says nothing about whether it is known.
	 */
	public static boolean isWellFormed(String text) {
		return FORMAT.matcher(text).matches();
	}

	/**
	 * @throws IllegalArgumentException when the text is not {@link #isWellFormed well
	 * formed}
	 */
	static KeyMaterial of(String text) {
		if (!isWellFormed(text)) {
			throw new IllegalArgumentException("not an API key: expected " + describeFormat());
		}
		return new KeyMaterial(text);
	}

	static String describeFormat() {
		return "'mq_' followed by 43 base64url characters";
	}

	String key() {
		return this.key;
	}

	String prefix() {
		return this.key.substring(0, PREFIX_LENGTH);
	}

	byte[] hash() {
		try {
			return MessageDigest.getInstance("SHA-256").digest(this.key.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

	/**
	 * Never the key itself, so a key cannot reach a log by accident.
	 */
	@Override
	public String toString() {
		return prefix() + "…";
	}

}
