package dev.marquee.section;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A section's projection: how the section appears on the title page, and the JDBC client
 * it reads with (plain SQL, in the caller's transaction). {@link SectionRows} reads a
 * section whose items are rows of one table; a section shaped otherwise (one object,
 * items with lines) extends this directly.
 */
public abstract class SectionProjection implements TitlePageSection {

	protected final JdbcClient jdbc;

	private final Embedding embedding;

	protected SectionProjection(JdbcClient jdbc, Embedding embedding) {
		this.jdbc = jdbc;
		this.embedding = embedding;
	}

	@Override
	public Embedding embedding() {
		return this.embedding;
	}

	/**
	 * The film's section alone, as the title page shows it: a statement for each of
	 * {@link #rows()}.
	 */
	public @Nullable Object read(long filmId) {
		return assemble(readRows(filmId));
	}

	/**
	 * The rows of each of {@link #rows()} for the film, a statement each.
	 */
	protected final List<List<?>> readRows(long filmId) {
		List<List<?>> read = new ArrayList<>();
		for (Rows<?> rows : rows()) {
			read.add(this.jdbc.sql(rows.select() + " WHERE " + rows.film() + " = ? " + rows.order())
				.param(filmId)
				.query(rows.row())
				.list());
		}
		return read;
	}

}
