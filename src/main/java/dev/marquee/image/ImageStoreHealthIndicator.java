package dev.marquee.image;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code imageStore} in health: UP with files in PostgreSQL, or while the object store's
 * bucket answers; DEGRADED (still HTTP 200) while it does not. It is left out of
 * readiness on purpose: every instance shares the store, so taking instances out of the
 * load balancer for it would stop the whole API, when only image files and uploads fail
 * (with 503 {@code image-store-unavailable}).
 */
@Component
class ImageStoreHealthIndicator implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED");

	private final @Nullable ImageObjects objects;

	ImageStoreHealthIndicator(ObjectProvider<ImageObjects> objects) {
		this.objects = objects.getIfAvailable();
	}

	@Override
	public Health health() {
		if (this.objects == null) {
			return Health.up().withDetail("store", "postgresql").build();
		}
		try {
			this.objects.check();
			return Health.up().withDetail("store", "s3").build();
		}
		catch (ImageStoreUnavailableException ex) {
			return Health.status(DEGRADED).withDetail("store", "s3").withDetail("error", ex.getMessage()).build();
		}
	}

}
