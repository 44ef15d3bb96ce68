package dev.marquee.imports.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.marquee.imports.Dataset;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.ProblemType;
import org.jspecify.annotations.Nullable;

import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Files sent in the request ({@code multipart/form-data}, parts named {@code files}),
 * received only once the import lock is held: each is streamed to disk by the servlet
 * container and moved into a folder of this job's, removed when the job ends.
 */
final class UploadSource implements ImportSource {

	static final String FILES = "files";

	static final String DELETE_MISSING = "deleteMissing";

	private final MultipartHttpServletRequest request;

	private final Path uploads;

	private @Nullable Path folder;

	private boolean deleteMissing;

	UploadSource(MultipartHttpServletRequest request, Path uploads) {
		this.request = request;
		this.uploads = uploads;
	}

	@Override
	public String kind() {
		return "upload";
	}

	@Override
	public @Nullable String directory() {
		return null;
	}

	@Override
	public Path open() throws IOException {
		List<MultipartFile> files;
		try {
			files = this.request.getFiles(FILES);
		}
		catch (MaxUploadSizeExceededException ex) {
			throw ex;
		}
		catch (MultipartException ex) {
			throw new ApiException(ProblemType.MALFORMED_REQUEST, "The multipart/form-data body could not be read");
		}
		this.deleteMissing = flag(this.request.getParameter(DELETE_MISSING));
		List<String> names = names(files);
		Files.createDirectories(this.uploads);
		Path folder = Files.createTempDirectory(this.uploads, "upload-");
		this.folder = folder;
		for (int i = 0; i < files.size(); i++) {
			files.get(i).transferTo(folder.resolve(names.get(i)));
		}
		return folder;
	}

	private static List<String> names(List<MultipartFile> files) {
		if (files.isEmpty()) {
			throw refused(FILES, "needs at least one IMDb dataset file (title.basics.tsv.gz, name.basics.tsv, ...)");
		}
		List<String> names = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (MultipartFile file : files) {
			String name = String.valueOf(file.getOriginalFilename());
			if (Dataset.forFileName(name).isEmpty()) {
				throw refused(FILES, "'" + abbreviate(name) + "' is not the name of an IMDb dataset file "
						+ "(title.basics.tsv.gz, name.basics.tsv, ...)");
			}
			if (!seen.add(name)) {
				throw refused(FILES, "'" + name + "' is sent twice");
			}
			names.add(name);
		}
		return names;
	}

	private static boolean flag(@Nullable String value) {
		if (value == null || value.equals("false")) {
			return false;
		}
		if (value.equals("true")) {
			return true;
		}
		throw refused(DELETE_MISSING, "must be true or false");
	}

	private static String abbreviate(String name) {
		return (name.length() <= 100) ? name : name.substring(0, 100) + "…";
	}

	private static ApiException refused(String field, String message) {
		return new ApiException(ProblemType.INVALID_BODY, field + " " + message,
				List.of(InvalidParam.body(field, message)));
	}

	@Override
	public boolean deleteMissing() {
		return this.deleteMissing;
	}

	@Override
	public void close() {
		Path folder = this.folder;
		if (folder != null) {
			try {
				FileSystemUtils.deleteRecursively(folder);
			}
			catch (IOException ex) {
				// the system's temporary-file cleaning will remove it
			}
		}
	}

}
