package dev.marquee.image;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where image files are stored ({@code marquee.images.store},
 * {@code marquee.images.s3.*}). The images themselves (owners, kinds, languages, sizes,
 * hashes, primary flags) are always in PostgreSQL.
 *
 * @param store {@code postgresql} (the default: files in the database, nothing else to
 * run) or {@code s3} (an S3-compatible object store, for many instances and large
 * catalogues)
 * @param s3 the object store, when {@code store} is {@code s3}
 */
@ConfigurationProperties("marquee.images")
record ImageStoreProperties(@DefaultValue("postgresql") Store store, @DefaultValue S3 s3) {

	enum Store {

		POSTGRESQL, S3

	}

	/**
	 * An S3-compatible object store.
	 *
	 * @param endpoint its address (MinIO, Ceph, Garage, R2, …); unset: AWS S3 in the
	 * region
	 * @param bucket the bucket, which must exist; objects are named
	 * {@code images/{sha256}/{size}.{format}}
	 * @param region the region requests are signed for
	 * @param accessKey the access key; unset with the secret key: the AWS SDK's default
	 * credentials (environment, profile, instance role)
	 * @param secretKey the secret key
	 * @param pathStyle {@code endpoint/bucket/key} addresses instead of
	 * {@code bucket.endpoint/key}, as most self-hosted stores want
	 * @param timeout the most one request to the store may take, retries included
	 * @param sweepInterval how often the objects of files no image uses any more are
	 * deleted (an image's own deletion does it as soon as it commits)
	 */
	record S3(@Nullable URI endpoint, @Nullable String bucket, @DefaultValue("us-east-1") String region,
			@Nullable String accessKey, @Nullable String secretKey, @DefaultValue("false") boolean pathStyle,
			@DefaultValue("10s") Duration timeout, @DefaultValue("1m") Duration sweepInterval) {

	}

}
