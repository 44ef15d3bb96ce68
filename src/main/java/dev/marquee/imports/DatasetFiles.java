package dev.marquee.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.io.input.ReadAheadInputStream;

/**
 * Finding the dataset files of a folder, checking their headers, and opening them as text
 * whether gzipped or not (told by the gzip magic bytes, whatever the name says).
 */
final class DatasetFiles {

	private DatasetFiles() {
	}

	record DatasetFile(Dataset dataset, Path path) {
	}

	/**
	 * Every dataset file in the folder, in import order, each header checked: refused
	 * before anything is written when a header is not what the file's name says.
	 */
	static List<DatasetFile> discover(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			throw new ImportRefusedException("Not a directory");
		}
		List<DatasetFile> files = new ArrayList<>();
		try (Stream<Path> entries = Files.list(directory)) {
			entries.filter(Files::isRegularFile)
				.forEach((path) -> Dataset.forFileName(path.getFileName().toString())
					.ifPresent((dataset) -> files.add(new DatasetFile(dataset, path))));
		}
		files.sort(Comparator.comparing(DatasetFile::dataset));
		for (int i = 1; i < files.size(); i++) {
			if (files.get(i).dataset() == files.get(i - 1).dataset()) {
				throw new ImportRefusedException("Two files of " + files.get(i).dataset().baseName() + ": "
						+ files.get(i - 1).path().getFileName() + " and " + files.get(i).path().getFileName());
			}
		}
		if (files.isEmpty()) {
			throw new ImportRefusedException(
					"No IMDb dataset file (title.basics.tsv.gz, name.basics.tsv, ...) in the directory");
		}
		for (DatasetFile file : files) {
			checkHeader(file);
		}
		return files;
	}

	private static void checkHeader(DatasetFile file) throws IOException {
		String header;
		try (BufferedReader reader = reader(Files.newInputStream(file.path()))) {
			header = reader.readLine();
		}
		catch (IOException ex) {
			throw new ImportRefusedException(
					"Refused " + file.path().getFileName() + ": it cannot be read (" + ex.getMessage() + ")");
		}
		if (header == null || !header.equals(file.dataset().header())) {
			throw new ImportRefusedException("Refused " + file.path().getFileName() + ": its header is '"
					+ abbreviate(String.valueOf(header).replace("\t", "\\t"), 200) + "' but a "
					+ file.dataset().baseName() + " file starts with '" + file.dataset().header().replace("\t", "\\t")
					+ "'. Is it the right file, or renamed?");
		}
	}

	static BufferedReader reader(InputStream raw) throws IOException {
		return reader(raw, false);
	}

	/**
	 * @param inflateAhead whether a gzipped file is decompressed on a thread of its own,
	 * a megabyte ahead of the reader: worth it where reading the lines is all the work
	 * and a core is otherwise idle
	 */
	static BufferedReader reader(InputStream raw, boolean inflateAhead) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
		in.mark(2);
		int first = in.read();
		int second = in.read();
		in.reset();
		InputStream text = in;
		if (first == 0x1f && second == 0x8b) {
			text = new GZIPInputStream(in, 1 << 16);
			if (inflateAhead) {
				text = ReadAheadInputStream.builder().setInputStream(text).setBufferSize(1 << 20).get();
			}
		}
		return new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), 1 << 16);
	}

	static String abbreviate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max) + "…";
	}

	/**
	 * Counts the bytes read from the file itself, before decompression: the progress of a
	 * gzipped file against its size on disk.
	 */
	static final class CountingInputStream extends FilterInputStream {

		private volatile long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		long count() {
			return this.count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			this.count += skipped;
			return skipped;
		}

	}

}
