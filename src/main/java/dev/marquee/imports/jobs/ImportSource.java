package dev.marquee.imports.jobs;

import java.io.IOException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Where a job's files come from. {@link #open()} is called once the import lock is held,
 * so that an upload is only received when it can be imported; {@link #close()} when the
 * job has ended (or was refused).
 */
interface ImportSource {

	/**
	 * {@code directory} or {@code upload}, as the job shows it.
	 */
	String kind();

	/**
	 * The directory as the request named it, if any.
	 */
	@Nullable String directory();

	/**
	 * The directory holding the files, ready to import.
	 */
	Path open() throws IOException;

	/**
	 * Whether titles absent from the snapshot are deleted; known once open.
	 */
	boolean deleteMissing();

	/**
	 * Removes what {@link #open()} made.
	 */
	void close();

}
