package dev.marquee.image;

import java.util.Objects;

import dev.marquee.changes.ChangeAction;
import dev.marquee.changes.Changes;
import dev.marquee.film.Film;
import dev.marquee.film.FilmNotFoundException;
import dev.marquee.film.Films;
import dev.marquee.support.web.ApiException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.MergePatches;
import dev.marquee.support.web.Preconditions;
import dev.marquee.support.web.ProblemType;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The images of films, people and companies: uploads (checked, re-encoded and stored with
 * every variant before the answer), lists, and changes of an image's primary flag, order
 * and language against its version. A write of a film's images gives the film a new
 * version (its title page embeds them); every write is recorded in the change feed as an
 * {@code images} change keyed by the owner's IMDb id.
 */
@Service
public class Images {

	/**
	 * A BCP 47 language tag as images take it: a language, then subtags.
	 */
	static final String LANGUAGE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

	static final String FEED_TYPE = "images";

	private final JdbcClient jdbc;

	private final Films films;

	private final Changes changes;

	private final ImageRows rows;

	private final ImageFiles files;

	private final MergePatches patches;

	private final ObjectProvider<ImageObjectSweeper> sweeper;

	private final ImageFileCache kept;

	Images(JdbcClient jdbc, Films films, Changes changes, ImageRows rows, ImageFiles files, MergePatches patches,
			ObjectProvider<ImageObjectSweeper> sweeper, ImageFileCache kept) {
		this.jdbc = jdbc;
		this.films = films;
		this.changes = changes;
		this.rows = rows;
		this.files = files;
		this.patches = patches;
		this.sweeper = sweeper;
		this.kept = kept;
	}

	/**
	 * The owner's images as the language asks.
	 */
	@Transactional(readOnly = true)
	public ImagesView list(ImageOwner owner, ResourceId id, @Nullable String language) {
		Owner found = require(owner, id);
		String original = (owner == ImageOwner.FILM) ? this.rows.originalLanguage(found.id()) : null;
		return ImagesView.of(this.rows.list(owner, found.id()), language, original);
	}

	@Transactional(readOnly = true)
	public ImageView read(ImageOwner owner, ResourceId id, long imageId) {
		Owner found = require(owner, id);
		return this.rows.one(owner, found.id(), imageId).orElseThrow(() -> notFound(owner, id, imageId));
	}

	/**
	 * Checks that the owner exists and may have this kind of image, before any byte of
	 * the file is read.
	 */
	@Transactional(readOnly = true)
	public void checkUpload(ImageOwner owner, ResourceId id, ImageKind kind) {
		require(owner, id);
		requireKind(owner, kind);
	}

	/**
	 * Attaches an encoded image to its owner. Primary by default when the owner has no
	 * primary image of its kind and language yet; placed last among its kind.
	 */
	@Transactional
	public ImageView add(ImageOwner owner, ResourceId id, ImageKind kind, @Nullable String language,
			@Nullable Boolean primary, ImageEncoder.Encoded encoded) {
		requireKind(owner, kind);
		Owner found = lock(owner, id);
		this.files.store(encoded);
		boolean isPrimary = (primary != null) ? primary : !hasPrimary(owner, found.id(), kind, language, -1);
		if (isPrimary) {
			unsetPrimary(owner, found.id(), kind, language, -1);
		}
		int position = this.jdbc
			.sql("SELECT coalesce(max(position) + 1, 0) FROM image WHERE " + owner.column() + " = ? AND kind = ?")
			.params(found.id(), kind.code())
			.query(Integer.class)
			.single();
		long imageId = this.jdbc
			.sql("INSERT INTO image (" + owner.column()
					+ ", kind, language, sha256, is_primary, position) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
			.params(found.id(), kind.code(), language, encoded.sha256(), isPrimary, position)
			.query(Long.class)
			.single();
		written(ChangeAction.CREATE, found, imageId);
		return this.rows.one(owner, found.id(), imageId).orElseThrow();
	}

	/**
	 * Applies a merge patch of the image's primary flag, order and language.
	 */
	@Transactional
	public ImageView patch(ImageOwner owner, ResourceId id, long imageId, JsonNode patch, Preconditions preconditions) {
		// The patch's fields are refused (unknown, read-only, of the wrong type) before
		// anything is looked up.
		this.patches.apply(new ImageInput(false, 0, null), patch, ImageInput.class);
		Owner found = lock(owner, id);
		ImageView image = lockImage(owner, found, id, imageId);
		preconditions.require(image.version(), describe(owner, id, imageId));
		ImageInput input = this.patches.apply(new ImageInput(image.primary(), image.order(), image.language()), patch,
				ImageInput.class);
		if (input.primary()) {
			unsetPrimary(owner, found.id(), image.kind(), input.language(), imageId);
		}
		this.jdbc.sql("UPDATE image SET is_primary = ?, position = ?, language = ?, version = version + 1 WHERE id = ?")
			.params(input.primary(), input.order(), input.language(), imageId)
			.update();
		written(ChangeAction.UPDATE, found, imageId);
		return this.rows.one(owner, found.id(), imageId).orElseThrow();
	}

	@Transactional
	public void delete(ImageOwner owner, ResourceId id, long imageId, Preconditions preconditions) {
		Owner found = lock(owner, id);
		ImageView image = lockImage(owner, found, id, imageId);
		preconditions.require(image.version(), describe(owner, id, imageId));
		// The trigger image_release_files deletes its file when no other image uses it.
		this.jdbc.sql("DELETE FROM image WHERE id = ?").param(imageId).update();
		this.sweeper.ifAvailable(ImageObjectSweeper::sweepAfterCommit);
		this.kept.forgetAfterCommit(image.sha256());
		written(ChangeAction.DELETE, found, imageId);
	}

	private void written(ChangeAction action, Owner owner, long imageId) {
		if (owner.film() != null) {
			this.films.bump(owner.film());
		}
		this.changes.record(action, FEED_TYPE, imageId, owner.key());
	}

	private boolean hasPrimary(ImageOwner owner, long ownerId, ImageKind kind, @Nullable String language, long except) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM image WHERE " + owner.column()
					+ " = ? AND kind = ? AND language IS NOT DISTINCT FROM ? AND is_primary AND id <> ?)")
			.params(ownerId, kind.code(), language, except)
			.query(Boolean.class)
			.single();
	}

	private void unsetPrimary(ImageOwner owner, long ownerId, ImageKind kind, @Nullable String language, long except) {
		this.jdbc
			.sql("UPDATE image SET is_primary = false, version = version + 1 WHERE " + owner.column()
					+ " = ? AND kind = ? AND language IS NOT DISTINCT FROM ? AND is_primary AND id <> ?")
			.params(ownerId, kind.code(), language, except)
			.update();
	}

	private ImageView lockImage(ImageOwner owner, Owner found, ResourceId id, long imageId) {
		this.jdbc.sql("SELECT id FROM image WHERE id = ? AND " + owner.column() + " = ? FOR UPDATE")
			.params(imageId, found.id())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> notFound(owner, id, imageId));
		return this.rows.one(owner, found.id(), imageId).orElseThrow();
	}

	private static void requireKind(ImageOwner owner, ImageKind kind) {
		if (!owner.kinds().contains(kind)) {
			throw ApiException.invalidParameter(InvalidParam.body("kind", "must be one of "
					+ owner.kinds().stream().map(ImageKind::code).sorted().toList() + " for a " + owner.table()));
		}
	}

	/**
	 * The owner, whose row is locked so that writers of one owner's images (their primary
	 * flags, their order) take turns.
	 */
	private Owner lock(ImageOwner owner, ResourceId id) {
		if (owner == ImageOwner.FILM) {
			Film film = this.films.require(id);
			this.jdbc.sql("SELECT id FROM film WHERE id = ? FOR NO KEY UPDATE")
				.param(film.getId())
				.query(Long.class)
				.single();
			return new Owner(Objects.requireNonNull(film.getId()), film.getImdbId(), film);
		}
		return find(owner, id, " FOR NO KEY UPDATE");
	}

	private Owner require(ImageOwner owner, ResourceId id) {
		return find(owner, id, "");
	}

	private Owner find(ImageOwner owner, ResourceId id, String lock) {
		String where = (id.imdbId() != null) ? "imdb_id = ?" : "id = ?";
		Object value = (id.imdbId() != null) ? id.imdbId() : id.id();
		return this.jdbc.sql("SELECT id, imdb_id FROM " + owner.table() + " WHERE " + where + lock)
			.param(value)
			.query((rs, row) -> new Owner(rs.getLong(1), rs.getString(2), null))
			.optional()
			.orElseThrow(() -> (owner == ImageOwner.FILM) ? FilmNotFoundException.forId(id)
					: new ApiException(ProblemType.NOT_FOUND, "No " + owner.table() + " with id '" + id + "'"));
	}

	private static ApiException notFound(ImageOwner owner, ResourceId id, long imageId) {
		return new ApiException(ProblemType.NOT_FOUND, "No image " + imageId + " of " + owner.table() + " " + id);
	}

	private static String describe(ImageOwner owner, ResourceId id, long imageId) {
		return "image " + imageId + " of " + owner.table() + " " + id;
	}

	/**
	 * An image's owner: its id, its IMDb id (the change feed's key) and, for a film, the
	 * film whose version a write bumps.
	 */
	private record Owner(long id, @Nullable String key, @Nullable Film film) {

	}

}
