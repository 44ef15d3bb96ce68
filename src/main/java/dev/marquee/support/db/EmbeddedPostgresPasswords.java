package dev.marquee.support.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import dev.marquee.support.files.OwnerOnlyFiles;

/**
 * The passwords of the embedded PostgreSQL's two roles: {@code postgres}, its superuser,
 * which only Marquee's start-up uses, and {@code marquee}, the role the application
 * connects as. Generated on the first start (32 random bytes each) and kept in the data
 * directory, one file per role, readable by their owner only.
 */
record EmbeddedPostgresPasswords(String superuser, String app) {

	static final String SUPERUSER = "postgres";

	static final String APP_ROLE = "marquee";

	private static final SecureRandom random = new SecureRandom();

	static EmbeddedPostgresPasswords generate() {
		return new EmbeddedPostgresPasswords(randomPassword(), randomPassword());
	}

	static boolean storedIn(Path dataDirectory) {
		return Files.isRegularFile(file(dataDirectory, SUPERUSER))
				&& Files.isRegularFile(file(dataDirectory, APP_ROLE));
	}

	static EmbeddedPostgresPasswords readFrom(Path dataDirectory) {
		return new EmbeddedPostgresPasswords(read(file(dataDirectory, SUPERUSER)), read(file(dataDirectory, APP_ROLE)));
	}

	/**
	 * The file that holds a role's password: {@code postgres-password} or
	 * {@code marquee-password} in the data directory.
	 */
	static Path file(Path dataDirectory, String role) {
		return dataDirectory.resolve(role + "-password");
	}

	void writeTo(Path dataDirectory) {
		writeOwnerOnly(file(dataDirectory, SUPERUSER), this.superuser);
		writeOwnerOnly(file(dataDirectory, APP_ROLE), this.app);
	}

	/**
	 * Writes a password, with a line end, to a new owner-only file; initdb's
	 * {@code --pwfile} reads this form too.
	 */
	static void writeOwnerOnly(Path target, String password) {
		try {
			OwnerOnlyFiles.write(target, password);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the embedded PostgreSQL's password to " + target, ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the embedded PostgreSQL's password from " + file, ex);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "EmbeddedPostgresPasswords[not shown]";
	}

}
