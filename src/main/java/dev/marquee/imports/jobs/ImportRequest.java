package dev.marquee.imports.jobs;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An import of the dataset files of a directory on the server.
 */
@Schema(name = "ImportRequest", description = "Import the IMDb dataset files of a directory on the server.")
record ImportRequest(
		@Schema(description = "A directory inside one of marquee.imports.allowed-directories: absolute, or relative "
				+ "to the first of them; '..' is refused",
				example = "/srv/imdb/2026-11-26") @NotBlank @Size(max = 1000) @Nullable String directory,
		@Schema(description = "Delete films an earlier import wrote that this title.basics no longer lists "
				+ "(default false: keep them; counted either way)",
				example = "false") @Nullable Boolean deleteMissing) {
}
