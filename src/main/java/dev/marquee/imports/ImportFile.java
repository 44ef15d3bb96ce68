package dev.marquee.imports;

/**
 * A dataset file found in an import's directory, its header checked.
 *
 * @param name the file's name (never its path)
 * @param bytes its size on disk (compressed, for a gzipped file)
 */
public record ImportFile(Dataset dataset, String name, long bytes) {
}
