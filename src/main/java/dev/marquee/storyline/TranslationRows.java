package dev.marquee.storyline;

import java.sql.ResultSet;
import java.sql.SQLException;

import dev.marquee.section.SectionQuery;
import dev.marquee.section.SectionRows;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's translations as answered, in the order given. Its columns are named apart
 * ({@code translation_…}): the title page reads every section in one statement, where a
 * column name has one type.
 */
@Component
class TranslationRows extends SectionRows<TranslationItem> {

	static final Embedding EMBEDDING = new Embedding(195, "translations", TitlePageSection.Shape.LIST,
			TranslationItem.class);

	TranslationRows(JdbcClient jdbc) {
		super(jdbc, EMBEDDING, """
				SELECT t.id, t.version, t.language AS translation_language, t.title AS translation_title,
				    t.plot AS translation_plot, t.tagline AS translation_tagline
				FROM film_translation t""", "ORDER BY t.id");
	}

	PageView<TranslationItem> page(long filmId, SectionQuery query) {
		return pageById(filmId, "translations", query, "");
	}

	@Override
	protected TranslationItem view(ResultSet rs) throws SQLException {
		return new TranslationItem(rs.getLong("id"), rs.getString("translation_language"),
				rs.getString("translation_title"), rs.getString("translation_plot"),
				rs.getString("translation_tagline"), rs.getLong("version"));
	}

}
