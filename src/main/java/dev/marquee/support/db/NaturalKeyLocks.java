package dev.marquee.support.db;

import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transaction-scoped advisory locks on natural keys. A writer that finds a thing by such
 * a key and creates it when there is none holds the key's lock until it commits, so two
 * writers cannot both create it, and the second finds the first one's.
 *
 * <p>
 * A write that names several things locks all their keys in one call, before it writes
 * anything: the locks are taken in the order of their ids, the same for every writer, so
 * writers that name the same things in different orders take turns instead of
 * deadlocking. Locking a key again in the same transaction is free.
 */
@Component
public class NaturalKeyLocks {

	private final JdbcTemplate jdbc;

	NaturalKeyLocks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the keys' locks, in ascending order of their ids, waiting for writers that
	 * hold them; they are released when the transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(Collection<NaturalKey> keys) {
		if (keys.isEmpty()) {
			return;
		}
		Long[] ids = keys.stream()
			.map(NaturalKey::lockId)
			.collect(Collectors.toCollection(TreeSet::new))
			.toArray(Long[]::new);
		// unnest yields the array's elements in order, and each row's lock is taken as it
		// is yielded.
		this.jdbc.query("SELECT pg_advisory_xact_lock(id) FROM unnest(?::bigint[]) AS id",
				(statement) -> statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids)), (row) -> {
				});
	}

}
