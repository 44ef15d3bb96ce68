package dev.marquee.imports;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import org.jspecify.annotations.Nullable;

/**
 * One dataset file's part of a baseline: for each key group of the file, in the file's
 * order, its key, the hash of its lines and whether it must be staged again whatever the
 * next file says (a line of it was rejected or had a value set to null, so that the next
 * import reports it again). Written while the file is staged, as
 * {@code <dataset>.<order>} once complete (the order its keys came in); a file that is
 * not sorted leaves no baseline. Deflated: about 20 bytes a group before.
 */
final class BaselineFile {

	private static final int MAGIC = 0x4d514231; // "MQB1"

	private BaselineFile() {
	}

	/**
	 * A group as the last import saw it.
	 *
	 * @param dirty whether the group must be staged again (a rejected or adjusted line)
	 */
	record Entry(String key, long hash, boolean dirty) {
	}

	/**
	 * The complete baseline of a dataset in the folder, with its order; {@code null} when
	 * there is none.
	 */
	static @Nullable Reader open(Path folder, Dataset dataset) throws IOException {
		Path file = path(folder, dataset);
		if (file == null) {
			return null;
		}
		String name = file.getFileName().toString();
		return new Reader(file,
				KeyGroups.Order.valueOf(name.substring(name.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT)));
	}

	/**
	 * The complete baseline of a dataset in the folder, whichever its order; {@code null}
	 * when there is none.
	 */
	static @Nullable Path path(Path folder, Dataset dataset) {
		for (KeyGroups.Order order : KeyGroups.Order.values()) {
			Path file = folder.resolve(dataset.baseName() + "." + order.name().toLowerCase(java.util.Locale.ROOT));
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		return null;
	}

	static Writer create(Path folder, Dataset dataset) throws IOException {
		Files.createDirectories(folder);
		return new Writer(folder, dataset);
	}

	/**
	 * Writes the groups in order; {@link #complete(KeyGroups.Order)} names the file after
	 * its order, {@link #close()} without it leaves no baseline.
	 */
	static final class Writer implements Closeable {

		private final Path folder;

		private final Dataset dataset;

		private final Path partial;

		private final DataOutputStream out;

		private long entries;

		private boolean closed;

		private Writer(Path folder, Dataset dataset) throws IOException {
			this.folder = folder;
			this.dataset = dataset;
			this.partial = folder.resolve(dataset.baseName() + ".partial");
			this.out = new DataOutputStream(new BufferedOutputStream(
					new DeflaterOutputStream(Files.newOutputStream(this.partial), new Deflater(1), 1 << 16), 1 << 16));
			this.out.writeInt(MAGIC);
			this.out.writeUTF(dataset.baseName());
		}

		void add(String key, long hash, boolean dirty) throws IOException {
			this.out.writeBoolean(true);
			this.out.writeUTF(key);
			this.out.writeLong(hash);
			this.out.writeBoolean(dirty);
			this.entries++;
		}

		/**
		 * Ends the file and names it after the order of its keys; without an order (an
		 * unsorted file) it is removed.
		 */
		void complete(KeyGroups.@Nullable Order order) throws IOException {
			this.out.writeBoolean(false);
			this.out.writeLong(this.entries);
			close();
			if (order == null) {
				Files.deleteIfExists(this.partial);
				return;
			}
			Files.move(this.partial,
					this.folder
						.resolve(this.dataset.baseName() + "." + order.name().toLowerCase(java.util.Locale.ROOT)),
					StandardCopyOption.ATOMIC_MOVE);
		}

		@Override
		public void close() throws IOException {
			if (!this.closed) {
				this.closed = true;
				this.out.close();
			}
		}

	}

	/**
	 * Reads the groups in order, one ahead.
	 */
	static final class Reader implements Closeable {

		private final DataInputStream in;

		private final KeyGroups.Order order;

		private @Nullable Entry next;

		private long read;

		private Reader(Path file, KeyGroups.Order order) throws IOException {
			this.order = order;
			this.in = new DataInputStream(new BufferedInputStream(
					new InflaterInputStream(Files.newInputStream(file), new java.util.zip.Inflater(), 1 << 16),
					1 << 16));
			if (this.in.readInt() != MAGIC) {
				this.in.close();
				throw new IOException(file + " is not a baseline");
			}
			this.in.readUTF();
			advance();
		}

		KeyGroups.Order order() {
			return this.order;
		}

		@Nullable Entry peek() {
			return this.next;
		}

		Entry take() throws IOException {
			Entry entry = this.next;
			if (entry == null) {
				throw new EOFException("past the baseline's end");
			}
			advance();
			return entry;
		}

		private void advance() throws IOException {
			if (this.in.readBoolean()) {
				this.next = new Entry(this.in.readUTF(), this.in.readLong(), this.in.readBoolean());
				this.read++;
			}
			else {
				this.next = null;
				if (this.in.readLong() != this.read) {
					throw new IOException("baseline truncated");
				}
			}
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
