package dev.marquee.support.db;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL's data directory is held by another process: a Marquee server,
 * or an import, running from the same directory. Reported as one sentence by the command
 * line and by the server's start-up failure report, never as a stack trace.
 */
public final class EmbeddedDatabaseInUseException extends IllegalStateException {

	private final Path dataDirectory;

	EmbeddedDatabaseInUseException(Path dataDirectory, Throwable cause) {
		super("The embedded database in " + dataDirectory
				+ " is in use by another Marquee (a server or an import running from this directory)", cause);
		this.dataDirectory = dataDirectory;
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

}
