package dev.marquee.imports.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.ProblemType;

/**
 * Decides whether a directory named in a request may be imported from: it must lie in one
 * of the allowed directories, after following symbolic links, and the answer never says
 * anything about paths outside them (not even whether they exist).
 */
final class ImportDirectories {

	private final List<Path> allowed;

	ImportDirectories(List<Path> allowed) {
		this.allowed = allowed.stream().map((path) -> path.toAbsolutePath().normalize()).toList();
	}

	/**
	 * The directory to import from.
	 * @param requested an absolute path, or one relative to the first allowed directory
	 * @throws ApiException {@code invalid-body} naming the field {@code directory}
	 */
	Path resolve(String requested) {
		if (this.allowed.isEmpty()) {
			throw refused("directory imports are switched off on this server "
					+ "(marquee.imports.allowed-directories is empty); upload the files instead");
		}
		Path path;
		try {
			path = Path.of(requested);
		}
		catch (InvalidPathException ex) {
			throw refused("is not a valid path");
		}
		for (Path segment : path) {
			if (segment.toString().equals("..")) {
				throw refused("must not contain '..'");
			}
		}
		Path candidate = this.allowed.get(0).resolve(path).normalize();
		Path root = this.allowed.stream().filter(candidate::startsWith).findFirst().orElseThrow(this::outside);
		if (!Files.isDirectory(candidate)) {
			throw refused("names no directory inside the allowed ones");
		}
		try {
			// A symbolic link inside an allowed directory must not lead out of it.
			if (!candidate.toRealPath().startsWith(root.toRealPath())) {
				throw outside();
			}
		}
		catch (IOException ex) {
			throw refused("names no directory inside the allowed ones");
		}
		return candidate.toAbsolutePath();
	}

	private ApiException outside() {
		return refused("is not inside a directory this server allows imports from");
	}

	private static ApiException refused(String message) {
		return new ApiException(ProblemType.INVALID_BODY, "directory " + message,
				List.of(InvalidParam.body("directory", message)));
	}

}
