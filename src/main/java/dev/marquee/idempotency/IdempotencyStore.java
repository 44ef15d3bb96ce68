package dev.marquee.idempotency;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The idempotency_key table. Each method commits on its own, apart from the request's
 * work: a claim must be visible to a concurrent retry at once, and it must survive the
 * request's own transaction.
 */
@Component
class IdempotencyStore {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final String retention;

	private final String abandonedAfter;

	IdempotencyStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			IdempotencyProperties properties) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.retention = properties.retention().toSeconds() + " seconds";
		this.abandonedAfter = properties.abandonedAfter().toMillis() + " milliseconds";
	}

	/**
	 * Claims a key for a request, or tells what it was used for. Expired keys are removed
	 * first, so a key can be used again once its retention has passed; so are claims
	 * whose request never answered (the database failed under it and the claim could not
	 * be released, or the server died), so that a retry runs instead of meeting 409 for a
	 * day.
	 */
	Claim claim(long apiKeyId, String key, byte[] fingerprint, String apiKey) {
		return this.transactions.execute((status) -> {
			this.jdbc.update(
					"delete from idempotency_key where created_at < now() - ?::interval"
							+ " or (status is null and created_at < now() - ?::interval)",
					this.retention, this.abandonedAfter);
			int inserted = this.jdbc.update("insert into idempotency_key (api_key_id, idempotency_key, fingerprint)"
					+ " values (?, ?, ?) on conflict do nothing", apiKeyId, key, fingerprint);
			if (inserted == 1) {
				return new Claim(Claim.Outcome.RUN, null);
			}
			List<Claim> found = this.jdbc.query(
					"select fingerprint, status, location, etag, content_type, cache_control, body from idempotency_key"
							+ " where api_key_id = ? and idempotency_key = ?",
					(rs, n) -> {
						if (!Arrays.equals(rs.getBytes("fingerprint"), fingerprint)) {
							return new Claim(Claim.Outcome.REUSED, null);
						}
						int stored = rs.getInt("status");
						if (rs.wasNull()) {
							return new Claim(Claim.Outcome.IN_PROGRESS, null);
						}
						return new Claim(Claim.Outcome.REPLAY,
								new StoredResponse(stored, rs.getString("location"), rs.getString("etag"),
										rs.getString("content_type"), rs.getString("cache_control"),
										SealedBody.open(apiKey, key, rs.getBytes("body"))));
					}, apiKeyId, key);
			// Gone between the insert and the select: removed by a failed first request.
			return found.isEmpty() ? new Claim(Claim.Outcome.IN_PROGRESS, null) : found.get(0);
		});
	}

	void complete(long apiKeyId, String key, StoredResponse response, String apiKey) {
		this.jdbc.update(
				"update idempotency_key set status = ?, location = ?, etag = ?, content_type = ?, cache_control = ?,"
						+ " body = ?" + " where api_key_id = ? and idempotency_key = ?",
				response.status(), response.location(), response.etag(), response.contentType(),
				response.cacheControl(), SealedBody.seal(apiKey, key, response.body()), apiKeyId, key);
	}

	/**
	 * Forgets a claim whose request failed on the server, so that a retry runs again.
	 */
	void release(long apiKeyId, String key) {
		this.jdbc.update("delete from idempotency_key where api_key_id = ? and idempotency_key = ? and status is null",
				apiKeyId, key);
	}

}
