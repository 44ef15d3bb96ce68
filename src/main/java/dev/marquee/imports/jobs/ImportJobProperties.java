package dev.marquee.imports.jobs;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where HTTP imports may read from.
 *
 * @param allowedDirectories the directories (and everything below them) that
 * {@code POST /api/v1/admin/imports} may name; none by default, which switches directory
 * imports off (uploads still work)
 * @param uploadDirectory where uploaded files are kept while their import runs, one
 * folder a job, removed when it ends; {@code marquee-imports} in the system's temporary
 * directory by default
 */
@ConfigurationProperties("marquee.imports")
record ImportJobProperties(@DefaultValue List<Path> allowedDirectories, @Nullable Path uploadDirectory) {

	Path uploads() {
		return (this.uploadDirectory != null) ? this.uploadDirectory
				: Path.of(System.getProperty("java.io.tmpdir"), "marquee-imports");
	}

}
