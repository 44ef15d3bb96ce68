package dev.marquee.imports;

import java.nio.file.Path;

/**
 * What to import and how.
 *
 * @param directory the folder holding IMDb's files ({@code title.basics.tsv.gz}, ...);
 * every dataset file found is imported
 * @param deleteMissing whether films an earlier import wrote but the new
 * {@code title.basics} no longer lists are deleted (else kept); counted either way
 */
public record ImportOptions(Path directory, boolean deleteMissing) {
}
