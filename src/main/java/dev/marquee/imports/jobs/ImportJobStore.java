package dev.marquee.imports.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code import_job} table, written in autocommit: a job's row must show its progress
 * while the import's own transactions are still open.
 */
@Repository
class ImportJobStore {

	private static final String COLUMNS = "id, state, source, directory, delete_missing, progress::text, error, "
			+ "created_at, started_at, finished_at";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	ImportJobStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long create(String source, @Nullable String directory, boolean deleteMissing, JobProgressSnapshot progress) {
		Long id = this.jdbc.queryForObject("""
				INSERT INTO import_job (state, source, directory, delete_missing, progress)
				VALUES ('queued', ?, ?, ?, ?::json) RETURNING id""", Long.class, source, directory, deleteMissing,
				this.json.writeValueAsString(progress));
		return (id != null) ? id : 0;
	}

	void started(long id) {
		this.jdbc.update("UPDATE import_job SET state = 'running', started_at = now() WHERE id = ?", id);
	}

	void progress(long id, JobProgressSnapshot progress) {
		this.jdbc.update("UPDATE import_job SET progress = ?::json WHERE id = ?",
				this.json.writeValueAsString(progress), id);
	}

	void finished(long id, JobProgressSnapshot progress, @Nullable String error) {
		this.jdbc.update("""
				UPDATE import_job SET state = ?, progress = ?::json, error = ?, finished_at = now()
				WHERE id = ?""", (error == null) ? "succeeded" : "failed", this.json.writeValueAsString(progress),
				error, id);
	}

	/**
	 * Marks every job still queued or running as failed. Only call it holding the import
	 * lock: then no such job can be alive.
	 */
	int failUnfinished(String error) {
		return this.jdbc.update("""
				UPDATE import_job SET state = 'failed', error = ?, finished_at = now()
				WHERE state IN ('queued', 'running')""", error);
	}

	Optional<ImportJobView> find(long id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM import_job WHERE id = ?", this::view, id)
			.stream()
			.findFirst();
	}

	List<ImportJobView> recent(int limit) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM import_job ORDER BY id DESC LIMIT ?", this::view, limit);
	}

	private ImportJobView view(ResultSet row, int rowNum) throws SQLException {
		JobProgressSnapshot progress = this.json.readValue(row.getString("progress"), JobProgressSnapshot.class);
		return new ImportJobView(row.getLong("id"), row.getString("state"), row.getString("source"),
				row.getString("directory"), row.getBoolean("delete_missing"), progress.files(), progress.phases(),
				progress.counts(), progress.rejects(), row.getString("error"),
				row.getTimestamp("created_at").toInstant(), instant(row.getTimestamp("started_at")),
				instant(row.getTimestamp("finished_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
