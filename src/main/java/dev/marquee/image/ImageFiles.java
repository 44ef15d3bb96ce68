package dev.marquee.image;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored files of images: one row per distinct image (keyed by the SHA-256 of its
 * re-encoded original) and one per sized variant, in PostgreSQL; the variants' bytes as
 * {@code bytea} there too, or, with {@code marquee.images.store=s3}, as objects of an
 * S3-compatible store ({@link ImageObjects}). The same picture uploaded twice is stored
 * once. A file goes when the last image using it goes (the trigger
 * {@code image_release_files}, in the deleting transaction; its objects right after, by
 * {@link ImageObjectSweeper}).
 */
@Repository
class ImageFiles {

	/**
	 * The advisory lock class of a picture (with {@code hashtext(sha256)}), which the
	 * trigger {@code image_release_files} takes too.
	 */
	static final int LOCK_CLASS = 0x4d49;

	static final CacheControl CACHE_CONTROL = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final JdbcClient jdbc;

	private final @Nullable ImageObjects objects;

	ImageFiles(JdbcClient jdbc, ObjectProvider<ImageObjects> objects) {
		this.jdbc = jdbc;
		this.objects = objects.getIfAvailable();
	}

	/**
	 * Stores the image's files unless they are stored already, in the caller's
	 * transaction. In an object store, the objects are written before the rows: a failed
	 * write leaves no row, and a transaction that fails after it leaves objects no row
	 * names, which are harmless (their names are their content) and overwritten by the
	 * next upload of the same picture.
	 */
	void store(ImageEncoder.Encoded encoded) {
		lock(encoded.sha256());
		boolean stored = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM image_file WHERE sha256 = ?)")
			.param(encoded.sha256())
			.query(Boolean.class)
			.single();
		if (stored) {
			return;
		}
		if (this.objects != null) {
			this.objects.put(encoded);
		}
		this.jdbc.sql("INSERT INTO image_file (sha256, format, width, height, store) VALUES (?, ?, ?, ?, ?)")
			.params(encoded.sha256(), encoded.format(), encoded.width(), encoded.height(),
					(this.objects != null) ? "s3" : "postgresql")
			.update();
		for (Map.Entry<ImageSize, ImageEncoder.Variant> variant : encoded.variants().entrySet()) {
			this.jdbc.sql("INSERT INTO image_variant (sha256, size, width, height, bytes) VALUES (?, ?, ?, ?, ?)")
				.params(encoded.sha256(), variant.getKey().code(), variant.getValue().width(),
						variant.getValue().height(), (this.objects != null) ? null : variant.getValue().bytes())
				.update();
		}
	}

	/**
	 * Takes turns with other uploads and with deletions of the same picture, until the
	 * transaction ends.
	 */
	private void lock(String sha256) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(?, hashtext(?))").params(LOCK_CLASS, sha256).query().listOfRows();
	}

	/**
	 * One size of an image, when the image is stored in this format: where it is, and its
	 * bytes when they are in PostgreSQL. One statement, so no transaction of its own.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	Optional<Stored> read(String sha256, ImageSize size, String format) {
		return this.jdbc
			.sql("SELECT f.store, v.bytes FROM image_variant v JOIN image_file f ON f.sha256 = v.sha256 "
					+ "WHERE v.sha256 = ? AND v.size = ? AND f.format = ?")
			.params(sha256, size.code(), format)
			.query((rs, row) -> new Stored(sha256, size, format, rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	/**
	 * Whether this size of an image is stored in this format, read from the indexes
	 * without its bytes.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	boolean exists(String sha256, ImageSize size, String format) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM image_variant v JOIN image_file f ON f.sha256 = v.sha256 "
					+ "WHERE v.sha256 = ? AND v.size = ? AND f.format = ?)")
			.params(sha256, size.code(), format)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The bytes of a stored file, from PostgreSQL or streamed from the object store
	 * (outside any transaction).
	 */
	Served open(Stored stored) {
		if (stored.bytes() != null) {
			return new Served(new ByteArrayInputStream(stored.bytes()), stored.bytes().length);
		}
		if (this.objects == null) {
			throw new ImageStoreUnavailableException("The files of image " + stored.sha256()
					+ " are in an object store, which this server is not configured for (marquee.images.store=s3)");
		}
		return this.objects.get(stored.sha256(), stored.size(), stored.format());
	}

	static MediaType mediaType(String format) {
		return format.equals("png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
	}

	/**
	 * A file as stored: in {@code postgresql} (with its bytes) or in {@code s3}.
	 */
	record Stored(String sha256, ImageSize size, String format, String store, byte @Nullable [] bytes) {

	}

	/**
	 * The bytes of a file as served, and how many there are.
	 */
	record Served(InputStream stream, long length) {

	}

}
