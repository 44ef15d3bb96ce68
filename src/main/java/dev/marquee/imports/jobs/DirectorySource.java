package dev.marquee.imports.jobs;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Files in a directory of the server's that configuration allows.
 */
record DirectorySource(String requested, Path resolved, boolean deleteMissing) implements ImportSource {

	@Override
	public String kind() {
		return "directory";
	}

	@Override
	public @Nullable String directory() {
		return this.requested;
	}

	@Override
	public Path open() {
		return this.resolved;
	}

	@Override
	public void close() {
	}

}
