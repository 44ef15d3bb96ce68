package dev.marquee.image;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.marquee.film.Film;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidBodyException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.ProblemType;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A film's images as its document holds them ({@link DocumentImage}): read from the title
 * page's images, and replaced by a document's {@code PUT} with the stored files it names.
 * <p>
 * A replacement keeps the rows of the images it names again (the same file and kind, in
 * the order given: their ids stay, their versions change only when their language,
 * primary flag or order does), adds the others and deletes the images it leaves out, in
 * that order: the trigger {@code image_release_files} then deletes the files no image
 * uses any more (for the object store, after the commit), and never a file the document
 * still names. Each file named is locked as an upload locks it, so a deletion of its last
 * image at the same moment either comes first (and the document is refused) or waits for
 * the document's commit (and keeps the file).
 */
@Service
public class ImageDocuments {

	private final JdbcClient jdbc;

	private final ObjectProvider<ImageObjectSweeper> sweeper;

	ImageDocuments(JdbcClient jdbc, ObjectProvider<ImageObjectSweeper> sweeper) {
		this.jdbc = jdbc;
		this.sweeper = sweeper;
	}

	/**
	 * A film's images as its document holds them, from its title page's {@code images}
	 * section (an {@link ImagesView}), in their order.
	 */
	public static List<DocumentImage> of(@Nullable Object images) {
		return (images instanceof ImagesView view) ? view.items().stream().map(DocumentImage::of).toList() : List.of();
	}

	/**
	 * Replaces the film's images by those the document names, in the caller's
	 * transaction.
	 * @throws InvalidBodyException for a kind a film has no images of, or a second
	 * primary image of one kind and language
	 * @throws ApiException {@code image-file-unknown} naming each file that is not stored
	 */
	@Transactional
	public void replace(Film film, List<DocumentImage> images) {
		requireFilmKindsAndOnePrimary(images);
		long filmId = Objects.requireNonNull(film.getId());
		List<Row> rows = this.jdbc
			.sql("SELECT id, sha256, kind, language, is_primary, position FROM image WHERE film_id = ? "
					+ "ORDER BY kind, position, id FOR UPDATE")
			.param(filmId)
			.query((rs, row) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5), rs.getInt(6)))
			.list();
		// Every file this replacement may keep or release, locked at once in one order
		// (the trigger then takes locks this transaction holds already), so two
		// documents swapping files cannot deadlock.
		Set<String> files = new TreeSet<>(images.stream().map(DocumentImage::file).toList());
		rows.forEach((row) -> files.add(row.sha256()));
		for (String file : files) {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(?, hashtext(?))")
				.params(ImageFiles.LOCK_CLASS, file)
				.query()
				.listOfRows();
		}
		requireStoredFiles(images);
		// One primary per kind and language at every statement: none, until each image
		// has its own flag again.
		this.jdbc.sql("UPDATE image SET is_primary = false WHERE film_id = ? AND is_primary").param(filmId).update();
		Set<Long> kept = new HashSet<>();
		for (DocumentImage image : images) {
			Row row = rows.stream()
				.filter((candidate) -> !kept.contains(candidate.id()) && candidate.sha256().equals(image.file())
						&& candidate.kind().equals(image.kind().code()))
				.findFirst()
				.orElse(null);
			if (row == null) {
				this.jdbc
					.sql("INSERT INTO image (film_id, kind, language, sha256, is_primary, position) "
							+ "VALUES (?, ?, ?, ?, ?, ?)")
					.params(filmId, image.kind().code(), image.language(), image.file(), image.primary(), image.order())
					.update();
				continue;
			}
			kept.add(row.id());
			boolean changed = !Objects.equals(row.language(), image.language()) || row.primary() != image.primary()
					|| row.order() != image.order();
			this.jdbc
				.sql("UPDATE image SET language = ?, is_primary = ?, position = ?, version = version + ? "
						+ "WHERE id = ?")
				.params(image.language(), image.primary(), image.order(), changed ? 1 : 0, row.id())
				.update();
		}
		List<Long> gone = rows.stream().map(Row::id).filter((id) -> !kept.contains(id)).toList();
		if (!gone.isEmpty()) {
			// The trigger image_release_files deletes the files no image uses any more.
			this.jdbc.sql("DELETE FROM image WHERE id = ANY (?)").param(gone.toArray(Long[]::new)).update();
			this.sweeper.ifAvailable(ImageObjectSweeper::sweepAfterCommit);
		}
	}

	private static void requireFilmKindsAndOnePrimary(List<DocumentImage> images) {
		List<InvalidParam> errors = new ArrayList<>();
		Set<ImageKind> kinds = ImageOwner.FILM.kinds();
		for (int i = 0; i < images.size(); i++) {
			DocumentImage image = images.get(i);
			if (!kinds.contains(image.kind())) {
				errors.add(InvalidParam.body("images[" + i + "].kind",
						"must be one of " + kinds.stream().map(ImageKind::code).sorted().toList() + " for a film"));
			}
			if (image.primary()) {
				for (int j = 0; j < i; j++) {
					DocumentImage other = images.get(j);
					if (other.primary() && other.kind() == image.kind()
							&& Objects.equals(other.language(), image.language())) {
						errors.add(InvalidParam.body("images[" + i + "].primary",
								"images[" + j + "] is the primary " + image.kind().code() + " "
										+ ((image.language() != null) ? "in '" + image.language() + "'"
												: "without a language")
										+ " already; one image is primary per kind and language"));
						break;
					}
				}
			}
		}
		if (!errors.isEmpty()) {
			throw InvalidBodyException.of(errors);
		}
	}

	/**
	 * Refuses the document when a file it names is not stored.
	 */
	private void requireStoredFiles(List<DocumentImage> images) {
		if (images.isEmpty()) {
			return;
		}
		Set<String> files = new TreeSet<>(images.stream().map(DocumentImage::file).toList());
		Set<String> stored = new HashSet<>(this.jdbc.sql("SELECT sha256 FROM image_file WHERE sha256 = ANY (?)")
			.param(files.toArray(String[]::new))
			.query(String.class)
			.list());
		List<InvalidParam> errors = new ArrayList<>();
		for (int i = 0; i < images.size(); i++) {
			if (!stored.contains(images.get(i).file())) {
				errors.add(InvalidParam.body("images[" + i + "].file",
						"no image file " + images.get(i).file() + " is stored; upload it first"));
			}
		}
		if (!errors.isEmpty()) {
			throw new ApiException(ProblemType.IMAGE_FILE_UNKNOWN,
					"The document names " + errors.size() + " image file" + ((errors.size() == 1) ? "" : "s") + " that "
							+ ((errors.size() == 1) ? "is" : "are") + " not stored: "
							+ String.join(", ", errors.stream().map(InvalidParam::name).toList()),
					errors);
		}
	}

	/**
	 * An image of the film as stored before the replacement.
	 */
	private record Row(long id, String sha256, String kind, @Nullable String language, boolean primary, int order) {

	}

}
