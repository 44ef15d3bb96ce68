package dev.marquee.search;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search index.
 *
 * @param indexDirectory where this instance keeps its index across restarts; unset: next
 * to the embedded database's data ({@code ./data/search-index}), or, on a named
 * PostgreSQL, a temporary directory (rebuilt at every start)
 * @param backgroundThreshold more changed films and people than this since the index's
 * snapshot are applied in the background (searches answer from the index as it was
 * meanwhile, as during a rebuild) rather than before the next search
 * @param rebuildWait how long a search waits for a rebuild that started less than this
 * long ago (or for the first index), before it answers from the index it has
 * @param outboxRetention how long outbox rows are kept; an instance stopped for longer
 * rebuilds its index when it starts
 * @param refreshInterval how often the index catches up with the database between
 * searches, and commits what it applied
 * @param typoThreshold typos are forgiven only when the closer kinds of match (the whole
 * text, every word, the last word as a prefix) found fewer hits than this, as Typesense's
 * {@code typo_tokens_threshold} decides it: a query that matches as typed is answered
 * with what it matches, not padded with look-alikes, and spares the typo expansion
 * @param rebuildThreads how many threads a rebuild adds documents from; 0: one per
 * processor (a rebuild is CPU-bound; searches meanwhile answer from the old index)
 */
@ConfigurationProperties("marquee.search")
record SearchProperties(@Nullable Path indexDirectory, @DefaultValue("50000") int backgroundThreshold,
		@DefaultValue("10s") Duration rebuildWait, @DefaultValue("24h") Duration outboxRetention,
		@DefaultValue("5s") Duration refreshInterval, @DefaultValue("1") int typoThreshold,
		@DefaultValue("0") int rebuildThreads) {
}
