package dev.marquee.support.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Secrets on disk (the generated admin key, the embedded PostgreSQL's passwords): each in
 * a file created readable and writable by its owner only ({@code rw-------}), never
 * readable by anyone else even for an instant.
 */
public final class OwnerOnlyFiles {

	private OwnerOnlyFiles() {
	}

	/**
	 * Replaces {@code target} with a new owner-only file holding {@code secret} and a
	 * line end, creating its parent directories if needed.
	 */
	public static void write(Path target, String secret) throws IOException {
		Path parent = target.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.deleteIfExists(target);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(target,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createFile(target);
			target.toFile().setReadable(false, false);
			target.toFile().setReadable(true, true);
			target.toFile().setWritable(true, true);
		}
		Files.writeString(target, secret + "\n", StandardCharsets.US_ASCII);
	}

}
