package dev.marquee.image;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import dev.marquee.section.SectionProjection;
import dev.marquee.section.TitlePageSection;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The projection of images: the one mapping of an image row to its view, the order of an
 * owner's images (by kind, then order), and the film's images as the title page embeds
 * them ({@code include=images}: every image, and the primary of each kind chosen without
 * a language asked for: the one without text, else the one in the film's original
 * language; {@link ImagesView#of} chooses again for a language asked for).
 */
@Component
public class ImageRows extends SectionProjection {

	/**
	 * Its columns are named apart from other sections' ({@code image_…}): the title page
	 * reads every section in one statement, where columns of one name share one type.
	 */
	private static final String SELECT = "SELECT i.id AS image_id, i.kind AS image_kind, i.language AS image_language, "
			+ "fl.width AS image_width, fl.height AS image_height, i.is_primary AS image_primary, "
			+ "i.position AS image_order, i.sha256 AS image_sha256, fl.format AS image_format, "
			+ "i.version AS image_version FROM image i JOIN image_file fl ON fl.sha256 = i.sha256";

	private static final String ORDER = "ORDER BY array_position(ARRAY['poster', 'backdrop', 'logo', 'still', "
			+ "'profile'], i.kind), i.position, i.id";

	/**
	 * The film's original language, read with its images on the title page.
	 */
	private static final String ORIGINAL_LANGUAGE = "SELECT f.languages[1] AS image_original_language FROM film f";

	static final Embedding EMBEDDING = new Embedding(5, "images", TitlePageSection.Shape.ONE, ImagesView.class);

	ImageRows(JdbcClient jdbc) {
		super(jdbc, EMBEDDING);
	}

	@Override
	public List<Rows<?>> rows() {
		return List.of(new Rows<>(SELECT, "i.film_id", ORDER, (rs, row) -> view(rs)), new Rows<>(ORIGINAL_LANGUAGE,
				"f.id", "ORDER BY f.id", (rs, row) -> Optional.ofNullable(rs.getString("image_original_language"))));
	}

	@Override
	public Object assemble(List<List<?>> rows) {
		List<ImageView> images = rows.get(0).stream().map(ImageView.class::cast).toList();
		String originalLanguage = rows.get(1)
			.stream()
			.flatMap((language) -> ((Optional<?>) language).stream())
			.map(String.class::cast)
			.findFirst()
			.orElse(null);
		return ImagesView.of(images, null, originalLanguage);
	}

	/**
	 * The owner's images, in their order.
	 */
	List<ImageView> list(ImageOwner owner, long ownerId) {
		return this.jdbc.sql(SELECT + " WHERE i." + owner.column() + " = ? " + ORDER)
			.param(ownerId)
			.query((rs, row) -> view(rs))
			.list();
	}

	Optional<ImageView> one(ImageOwner owner, long ownerId, long imageId) {
		return this.jdbc.sql(SELECT + " WHERE i." + owner.column() + " = ? AND i.id = ?")
			.param(ownerId)
			.param(imageId)
			.query((rs, row) -> view(rs))
			.optional();
	}

	/**
	 * The film's original language: the first of its languages.
	 */
	@Nullable String originalLanguage(long filmId) {
		return this.jdbc.sql("SELECT languages[1] FROM film WHERE id = ?")
			.param(filmId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static ImageView view(ResultSet rs) throws SQLException {
		String sha256 = rs.getString("image_sha256");
		return new ImageView(rs.getLong("image_id"), ImageKind.fromCode(rs.getString("image_kind")),
				rs.getString("image_language"), rs.getInt("image_width"), rs.getInt("image_height"),
				rs.getBoolean("image_primary"), rs.getInt("image_order"), sha256,
				ImageSizes.of(sha256, rs.getString("image_format")), rs.getLong("image_version"));
	}

}
