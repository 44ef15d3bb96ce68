package dev.marquee.films;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import dev.marquee.film.FilmType;
import dev.marquee.support.web.ResourceId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the documents of many films as NDJSON in constant memory: keyset through the
 * matching films by id, a batch at a time, each batch read in its own short read-only
 * transaction and written out before the next is read.
 */
@Service
class DocumentExport {

	static final int BATCH = 50;

	private final TitlePages titlePages;

	private final JdbcTemplate jdbc;

	private final JsonMapper jsonMapper;

	private final TransactionTemplate readOnly;

	DocumentExport(TitlePages titlePages, JdbcTemplate jdbc, JsonMapper jsonMapper,
			PlatformTransactionManager transactions) {
		this.titlePages = titlePages;
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Filters of the export; {@code null} means any.
	 */
	record Filter(@Nullable FilmType type, @Nullable Integer yearFrom, @Nullable Integer yearTo,
			@Nullable String genre) {
	}

	void write(Filter filter, OutputStream out) throws IOException {
		long after = 0;
		while (true) {
			List<Long> ids = nextIds(filter, after);
			if (ids.isEmpty()) {
				return;
			}
			List<byte[]> lines = this.readOnly.execute((status) -> {
				List<byte[]> batch = new ArrayList<>(ids.size());
				for (long id : ids) {
					batch.add(this.jsonMapper
						.writeValueAsBytes(this.titlePages.document(new ResourceId(id, null)).document()));
				}
				return batch;
			});
			for (byte[] line : lines) {
				out.write(line);
				out.write('\n');
			}
			out.flush();
			after = ids.get(ids.size() - 1);
		}
	}

	private List<Long> nextIds(Filter filter, long after) {
		return this.jdbc.queryForList("""
				select id from film
				where id > ?
				  and (cast(? as text) is null or type = ?)
				  and (cast(? as integer) is null or release_year >= ?)
				  and (cast(? as integer) is null or release_year <= ?)
				  and (cast(? as text) is null or ? = any(genres))
				order by id
				limit ?""", Long.class, after, code(filter.type()), code(filter.type()), filter.yearFrom(),
				filter.yearFrom(), filter.yearTo(), filter.yearTo(), filter.genre(), filter.genre(), BATCH);
	}

	private static @Nullable String code(@Nullable FilmType type) {
		return (type != null) ? type.code() : null;
	}

}
