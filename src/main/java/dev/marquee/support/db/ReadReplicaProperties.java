package dev.marquee.support.db;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A PostgreSQL streaming replica that serves read-only transactions. Unset (the default),
 * every connection goes to {@code spring.datasource.url}.
 *
 * @param url the replica's JDBC URL ({@code MARQUEE_READ_REPLICA_URL}); needs
 * {@code spring.datasource.url} to be set too
 * @param username the replica's user; the primary's when unset
 * @param password the replica's password; the primary's when unset
 * @param maxLag reads go back to the primary while the replica is further behind than
 * this; keep it well below {@code marquee.http.cache-max-age}, the staleness clients
 * already accept
 * @param checkInterval how often the replica's health and lag are measured
 * @param connectionTimeout the longest wait for a replica connection before the read
 * falls back to the primary; shorter than the primary's, so a dead replica costs a read
 * little
 */
@ConfigurationProperties("marquee.datasource.read-replica")
public record ReadReplicaProperties(@Nullable String url, @Nullable String username, @Nullable String password,
		@DefaultValue("5s") Duration maxLag, @DefaultValue("1s") Duration checkInterval,
		@DefaultValue("1s") Duration connectionTimeout) {
}
