package dev.marquee.image;

import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored files of images, in PostgreSQL: one row per distinct image (keyed by the
 * SHA-256 of its re-encoded original) and one per sized variant, its bytes as
 * {@code bytea}. The same picture uploaded twice is stored once.
 */
@Repository
class ImageFiles {

	private final JdbcClient jdbc;

	ImageFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the image's files unless they are stored already, in the caller's
	 * transaction.
	 */
	void store(ImageEncoder.Encoded encoded) {
		int inserted = this.jdbc
			.sql("INSERT INTO image_file (sha256, format, width, height) VALUES (?, ?, ?, ?) "
					+ "ON CONFLICT (sha256) DO NOTHING")
			.params(encoded.sha256(), encoded.format(), encoded.width(), encoded.height())
			.update();
		if (inserted == 0) {
			return;
		}
		for (Map.Entry<ImageSize, ImageEncoder.Variant> variant : encoded.variants().entrySet()) {
			this.jdbc.sql("INSERT INTO image_variant (sha256, size, width, height, bytes) VALUES (?, ?, ?, ?, ?)")
				.params(encoded.sha256(), variant.getKey().code(), variant.getValue().width(),
						variant.getValue().height(), variant.getValue().bytes())
				.update();
		}
	}

	/**
	 * One size of an image, when the image is stored in this format.
	 */
	@Transactional(readOnly = true)
	Optional<Served> read(String sha256, ImageSize size, String format) {
		return this.jdbc
			.sql("SELECT v.bytes FROM image_variant v JOIN image_file f ON f.sha256 = v.sha256 "
					+ "WHERE v.sha256 = ? AND v.size = ? AND f.format = ?")
			.params(sha256, size.code(), format)
			.query((rs, row) -> new Served(rs.getBytes(1)))
			.optional();
	}

	/**
	 * Deletes the files of an image no image row uses any more.
	 */
	void deleteUnused(String sha256) {
		this.jdbc
			.sql("DELETE FROM image_file f WHERE f.sha256 = ? AND NOT EXISTS "
					+ "(SELECT 1 FROM image i WHERE i.sha256 = f.sha256)")
			.param(sha256)
			.update();
	}

	/**
	 * The bytes of a file as served.
	 */
	record Served(byte[] bytes) {

	}

}
