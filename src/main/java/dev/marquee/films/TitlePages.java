package dev.marquee.films;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.marquee.film.FilmNotFoundException;
import dev.marquee.section.SectionRegistry;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.ETags;
import dev.marquee.support.web.ResourceId;
import dev.marquee.support.web.Versioned;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a film with the sections asked for, each from the rows of its queries
 * ({@link TitlePageSection}, found in the {@link SectionRegistry}), all read in one
 * statement ({@link TitlePageStatement}), so a title page costs one statement however
 * many sections and items it has, and sees one snapshot: a page read while the film was
 * being replaced never mixes the old film's fields with the new one's sections.
 * <p>
 * Its ETag is the film's version and a digest of the versions of what the page shows of
 * other resources ({@link ETags}): every write of the film or of one of its sections
 * changes the film's version, every write of a person, company, list or film shown
 * changes theirs (imports included), and one joining or leaving the page changes the
 * digest. Reading it alone ({@link #etag}) costs one small statement and none of the
 * page, which answers a conditional GET. That statement still ranks "more like this" when
 * the page shows it (other films' writes change the ranking) and sets up the plan of
 * every section's versions, so each ETag read on a primary, with the page or alone, is
 * kept with the snapshot it was read in: while the database's snapshot is the same (no
 * transaction committed since, anywhere), a conditional GET of that page reads the
 * snapshot alone; when it has moved, the validator follows (two statements).
 */
@Service
class TitlePages {

	/**
	 * What every title page shows besides its sections: an episode's series, and which
	 * sections it embeds (so that pages of one film with other sections have other ETags,
	 * as their bodies differ).
	 */
	static final String SHOWN_OF_FILM = "SELECT '" + ETags.Shown.FILM
			+ "' AS kind, s.id, s.version FROM film e JOIN film s ON s.id = e.series_film_id WHERE e.id = "
			+ TitlePageStatement.FILM
			+ " UNION ALL SELECT 'section', w.place, 0 FROM page, unnest(page.wanted) AS w(place)";

	private final FilmRows filmRows;

	private final DocumentShown documentShown;

	private final SectionRegistry registry;

	private final JsonMapper jsonMapper;

	private final JdbcClient jdbc;

	private volatile @Nullable TitlePageStatement statement;

	/**
	 * The ETags {@link #etag} read, each with the snapshot it was read in (on a primary
	 * only: {@link TitlePageStatement#SNAPSHOT}).
	 */
	private final Cache<Validated, Validator> validators = Caffeine.newBuilder().maximumSize(10_000).build();

	TitlePages(FilmRows filmRows, DocumentShown documentShown, SectionRegistry registry, JsonMapper jsonMapper,
			JdbcClient jdbc) {
		this.filmRows = filmRows;
		this.documentShown = documentShown;
		this.registry = registry;
		this.jsonMapper = jsonMapper;
		this.jdbc = jdbc;
	}

	/**
	 * The film alone, with its ETag.
	 */
	Versioned<FilmView> film(ResourceId id) {
		return this.filmRows.read(id);
	}

	/**
	 * The film's document, with what its ETag needs, read in the same snapshot.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	DocumentView document(ResourceId id) {
		FilmView view = read(id, Documents.sections(this.registry.titlePage()), false).view();
		return new DocumentView(Documents.of(view, this.jsonMapper), view.version(), this.documentShown.of(view.id()));
	}

	/**
	 * The film with these sections, in their place order, and its ETag: one statement.
	 * @throws FilmNotFoundException when there is no such film
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	TitlePage read(ResourceId id, List<TitlePageSection> sections) {
		return read(id, sections, true);
	}

	/**
	 * {@link #read}, keeping the page's ETag for conditional GETs ({@link #etag}) or not
	 * (a document, whose ETag is not the page's: an export would only evict pages').
	 */
	private TitlePage read(ResourceId id, List<TitlePageSection> sections, boolean keepETag) {
		TitlePageStatement page = statement();
		List<List<Object>> rows = new ArrayList<>();
		for (int part = 0; part <= page.queries().size(); part++) {
			rows.add(new ArrayList<>());
		}
		Film film = new Film();
		this.jdbc.sql(page.page(sections, id.imdbId() != null))
			.param(places(sections))
			.param((id.imdbId() != null) ? id.imdbId() : id.id())
			.query((RowCallbackHandler) (rs) -> {
				int part = rs.getInt(1);
				if (part == 0) {
					film.view = FilmRows.view(rs, 0);
					film.digest = rs.getString("shown_digest");
					film.snapshot = rs.getString("snapshot");
				}
				else {
					List<Object> read = rows.get(part);
					read.add(page.queries().get(part - 1).rows().row().mapRow(rs, read.size()));
				}
			});
		FilmView view = film.view;
		if (view == null) {
			throw FilmNotFoundException.forId(id);
		}
		Map<TitlePageSection, List<List<?>>> bySection = new LinkedHashMap<>();
		for (TitlePageStatement.Query query : page.queries()) {
			bySection.computeIfAbsent(query.section(), (section) -> new ArrayList<>()).add(rows.get(query.part()));
		}
		Map<String, @Nullable Object> embedded = new LinkedHashMap<>();
		for (TitlePageSection section : sections) {
			embedded.put(section.embedding().property(), section.assemble(bySection.get(section)));
		}
		String etag = ETags.of(view.version(), film.digest);
		if (keepETag) {
			keep(Validated.of(id, sections), new Validator(etag, film.snapshot));
		}
		return new TitlePage(view.withSections(embedded), etag);
	}

	/**
	 * The ETag {@link #read} would give the film with these sections, without reading
	 * them: one statement; {@code null} when there is no such film.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	@Nullable String etag(ResourceId id, List<TitlePageSection> sections) {
		Validated page = Validated.of(id, sections);
		Validator known = this.validators.getIfPresent(page);
		if (known != null && known.snapshot()
			.equals(this.jdbc.sql("SELECT " + TitlePageStatement.SNAPSHOT).query(String.class).list().get(0))) {
			return known.etag();
		}
		Validator read = this.jdbc.sql(statement().validator(sections, id.imdbId() != null))
			.param(places(sections))
			.param((id.imdbId() != null) ? id.imdbId() : id.id())
			.query((rs, row) -> new Validator(ETags.of(rs.getLong("version"), rs.getString("shown_digest")),
					rs.getString("snapshot")))
			.optional()
			.orElse(null);
		if (read == null) {
			return null;
		}
		keep(page, read);
		return read.etag();
	}

	private void keep(Validated page, Validator validator) {
		if (validator.snapshot() != null) {
			this.validators.put(page, validator);
		}
	}

	private static Integer[] places(List<TitlePageSection> sections) {
		return sections.stream().map((section) -> section.embedding().place()).toArray(Integer[]::new);
	}

	/**
	 * The statement, made at the first title page (it asks the database for the types of
	 * the sections' columns).
	 */
	private TitlePageStatement statement() {
		TitlePageStatement made = this.statement;
		if (made == null) {
			made = new TitlePageStatement(this.jdbc, FilmRows.SELECT, SHOWN_OF_FILM, this.registry.titlePage());
			this.statement = made;
		}
		return made;
	}

	/**
	 * A title page asked for: the film as asked (by id or IMDb id) and the places of the
	 * sections.
	 */
	private record Validated(ResourceId id, List<Integer> places) {

		static Validated of(ResourceId id, List<TitlePageSection> sections) {
			return new Validated(id, List.of(TitlePages.places(sections)));
		}

	}

	/**
	 * A title page's ETag and the snapshot it was read in ({@code null} on a standby).
	 */
	private record Validator(String etag, @Nullable String snapshot) {

	}

	/**
	 * A title page and its ETag.
	 */
	record TitlePage(FilmView view, String etag) {

	}

	private static final class Film {

		@Nullable FilmView view;

		@Nullable String digest;

		@Nullable String snapshot;

	}

}
