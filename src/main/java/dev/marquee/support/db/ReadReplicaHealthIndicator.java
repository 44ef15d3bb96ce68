package dev.marquee.support.db;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code readReplica} in health and readiness: UP without a replica and while reads go to
 * it; DEGRADED (still HTTP 200, so a load balancer keeps sending traffic: the primary
 * serves the reads) while they fall back to the primary because the replica is down or
 * lags.
 */
@Component
class ReadReplicaHealthIndicator implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED");

	private final ObjectProvider<ReadReplica> readReplica;

	ReadReplicaHealthIndicator(ObjectProvider<ReadReplica> readReplica) {
		this.readReplica = readReplica;
	}

	@Override
	public Health health() {
		@Nullable ReadReplica replica = this.readReplica.getIfAvailable();
		if (replica == null) {
			return Health.up().withDetail("replica", "none").build();
		}
		Health.Builder health = (replica.state() == ReadReplica.State.REPLICA) ? Health.up() : Health.status(DEGRADED);
		return health.withDetail("reads", replica.state().name().toLowerCase(Locale.ROOT))
			.withDetail("lagSeconds", replica.lagSeconds())
			.build();
	}

}
