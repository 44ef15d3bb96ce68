package dev.marquee.section;

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

}
