package dev.marquee.films;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.marquee.section.SectionRegistry;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.ResourceId;
import dev.marquee.support.web.Versioned;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a film with the sections asked for, each read by its projection
 * ({@link TitlePageSection}, found in the {@link SectionRegistry}). Every section costs a
 * fixed number of statements (one for most, two for soundtracks, three for awards), so a
 * title page's cost does not grow with the film's size.
 * <p>
 * Those statements all read one snapshot (repeatable read): under PostgreSQL's default
 * read committed each would see the latest commit, so a page read while the film was
 * being replaced could mix the old film's fields with the new one's sections.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class TitlePages {

	private final FilmRows filmRows;

	private final DocumentShown documentShown;

	private final SectionRegistry registry;

	private final JsonMapper jsonMapper;

	TitlePages(FilmRows filmRows, DocumentShown documentShown, SectionRegistry registry, JsonMapper jsonMapper) {
		this.filmRows = filmRows;
		this.documentShown = documentShown;
		this.registry = registry;
		this.jsonMapper = jsonMapper;
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
	DocumentView document(ResourceId id) {
		FilmView view = read(id, this.registry.titlePage());
		return new DocumentView(Documents.of(view, this.jsonMapper), view.version(), this.documentShown.of(view.id()));
	}

	/**
	 * The film with these sections, in their place order.
	 */
	FilmView read(ResourceId id, List<TitlePageSection> sections) {
		FilmView view = this.filmRows.require(id);
		if (sections.isEmpty()) {
			return view;
		}
		Map<String, @Nullable Object> embedded = new LinkedHashMap<>();
		for (TitlePageSection section : sections) {
			embedded.put(section.embedding().property(), section.read(view.id()));
		}
		return view.withSections(embedded);
	}

}
