package dev.marquee.support.db;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What identifies a thing that writers find or create by value rather than by id: a
 * person by IMDb id or by name, a list by title. Its {@link #lockId()} names the
 * PostgreSQL advisory lock that {@link NaturalKeyLocks} takes for it.
 *
 * @param kind what the value identifies ({@code person-name}, {@code list-title}, …)
 * @param value the value, exactly as matched
 */
public record NaturalKey(String kind, String value) {

	/**
	 * The 64-bit advisory lock key: the first eight bytes of the SHA-256 of kind and
	 * value. Two keys that share it (one chance in 2^64) only take turns.
	 */
	public long lockId() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((this.kind + '\u0000' + this.value).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
