package dev.marquee.imports;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's COPY text format, sent to a {@link CopyIn} in large chunks. IMDb's
 * TSV is not that format (its backslashes and quotes are plain characters), so every
 * value is re-encoded: backslash, tab, newline and carriage return escaped, null as
 * {@code \N}. A row being built can be abandoned ({@link #rollback()}) when its line
 * turns out bad, so a bad line never half-reaches the database.
 */
final class CopyBuffer {

	private static final int FLUSH_AT = 1 << 17;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

	private int rowStart;

	private boolean firstInRow = true;

	CopyBuffer(CopyIn copy) {
		this.copy = copy;
	}

	CopyBuffer text(@Nullable String value) {
		separate();
		if (value == null) {
			this.buffer.append("\\N");
		}
		else {
			escape(value);
		}
		return this;
	}

	CopyBuffer number(@Nullable Object value) {
		separate();
		this.buffer.append((value != null) ? value.toString() : "\\N");
		return this;
	}

	/**
	 * A {@code text[]} value: an array literal with every element quoted.
	 */
	CopyBuffer array(List<String> values) {
		separate();
		this.buffer.append('{');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				this.buffer.append(',');
			}
			// Array-literal quoting first (\" and \\), then COPY escaping doubles each
			// backslash again.
			this.buffer.append("\"");
			escape(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""));
			this.buffer.append("\"");
		}
		this.buffer.append('}');
		return this;
	}

	void endRow() throws SQLException {
		this.buffer.append('\n');
		this.firstInRow = true;
		if (this.buffer.length() >= FLUSH_AT) {
			flush();
		}
		this.rowStart = this.buffer.length();
	}

	void rollback() {
		this.buffer.setLength(this.rowStart);
		this.firstInRow = true;
	}

	long finish() throws SQLException {
		flush();
		return this.copy.endCopy();
	}

	/**
	 * Abandons the COPY when reading failed half-way, so the connection can roll back (a
	 * rollback while a COPY is open would wait forever).
	 */
	void cancel() {
		try {
			if (this.copy.isActive()) {
				this.copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			// the COPY is over either way; the caller's failure is the one to report
		}
	}

	private void flush() throws SQLException {
		if (this.buffer.length() > 0) {
			byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
			this.copy.writeToCopy(bytes, 0, bytes.length);
			this.buffer.setLength(0);
		}
		this.rowStart = 0;
	}

	private void separate() {
		if (!this.firstInRow) {
			this.buffer.append('\t');
		}
		this.firstInRow = false;
	}

	private void escape(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				default -> this.buffer.append(c);
			}
		}
	}

}
