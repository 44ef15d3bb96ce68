package dev.marquee.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts stored answers (AES-256-GCM) with a key derived from the caller's API key and
 * the Idempotency-Key, so that an answer showing a secret — a new API key — is not kept
 * readable in the database: only a retry carrying the same two keys can open it.
 */
final class SealedBody {

	private static final int IV_LENGTH = 12;

	private static final SecureRandom random = new SecureRandom();

	private SealedBody() {
	}

	static byte[] seal(String apiKey, String idempotencyKey, byte[] plain) {
		byte[] iv = new byte[IV_LENGTH];
		random.nextBytes(iv);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, apiKey, idempotencyKey, iv);
			byte[] sealed = cipher.doFinal(plain);
			byte[] out = Arrays.copyOf(iv, IV_LENGTH + sealed.length);
			System.arraycopy(sealed, 0, out, IV_LENGTH, sealed.length);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot seal a stored answer", ex);
		}
	}

	static byte[] open(String apiKey, String idempotencyKey, byte[] sealed) {
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, apiKey, idempotencyKey, Arrays.copyOf(sealed, IV_LENGTH));
			return cipher.doFinal(sealed, IV_LENGTH, sealed.length - IV_LENGTH);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot open a stored answer", ex);
		}
	}

	private static Cipher cipher(int mode, String apiKey, String idempotencyKey, byte[] iv)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, new SecretKeySpec(derive(apiKey, idempotencyKey), "AES"), new GCMParameterSpec(128, iv));
		return cipher;
	}

	private static byte[] derive(String apiKey, String idempotencyKey) throws NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		digest.update("marquee idempotent answer\0".getBytes(StandardCharsets.US_ASCII));
		digest.update(apiKey.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
		return digest.digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
	}

}
