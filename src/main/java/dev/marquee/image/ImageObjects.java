package dev.marquee.image;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.springframework.beans.factory.DisposableBean;

/**
 * Image files in an S3-compatible object store, named by content:
 * {@code images/{sha256}/{size}.{format}}. An object is never changed once written (the
 * same name always holds the same bytes), so writing one again, or leaving one behind, is
 * harmless. Every failure of the store becomes an {@link ImageStoreUnavailableException}
 * that names it.
 */
class ImageObjects implements DisposableBean {

	private static final Log logger = LogFactory.getLog(ImageObjects.class);

	private final S3Client s3;

	private final String bucket;

	private final String endpoint;

	ImageObjects(ImageStoreProperties.S3 config) {
		String bucket = config.bucket();
		if (bucket == null || bucket.isBlank()) {
			throw new IllegalStateException(
					"marquee.images.store=s3 needs a bucket: set marquee.images.s3.bucket (MARQUEE_IMAGES_S3_BUCKET)");
		}
		this.bucket = bucket;
		this.endpoint = (config.endpoint() != null) ? config.endpoint().toString() : "AWS S3 " + config.region();
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(config.timeout())
				.socketTimeout(config.timeout()))
			.region(Region.of(config.region()))
			.credentialsProvider(credentials(config))
			.forcePathStyle(config.pathStyle())
			// Checksums only where S3 requires them: stores that are S3-compatible do not
			// all take the newer trailing checksums.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (config.endpoint() != null) {
			builder.endpointOverride(config.endpoint());
		}
		this.s3 = builder.build();
	}

	private static AwsCredentialsProvider credentials(ImageStoreProperties.S3 config) {
		if (config.accessKey() != null && !config.accessKey().isBlank() && config.secretKey() != null
				&& !config.secretKey().isBlank()) {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey()));
		}
		return DefaultCredentialsProvider.builder().build();
	}

	static String key(String sha256, ImageSize size, String format) {
		return "images/" + sha256 + "/" + size.code() + "." + format;
	}

	/**
	 * Writes every size of the image.
	 */
	void put(ImageEncoder.Encoded encoded) {
		try {
			encoded.variants()
				.forEach((size, variant) -> this.s3.putObject(
						(request) -> request.bucket(this.bucket)
							.key(key(encoded.sha256(), size, encoded.format()))
							.contentType(ImageFiles.mediaType(encoded.format()).toString())
							.contentLength((long) variant.bytes().length)
							.cacheControl(ImageFiles.CACHE_CONTROL.getHeaderValue()),
						RequestBody.fromBytes(variant.bytes())));
		}
		catch (SdkException ex) {
			throw unavailable(ex, null, "; nothing was stored");
		}
	}

	/**
	 * One size of an image, to be streamed to the client (who closes it).
	 */
	ImageFiles.Served get(String sha256, ImageSize size, String format) {
		String key = key(sha256, size, format);
		try {
			ResponseInputStream<GetObjectResponse> object = this.s3
				.getObject((request) -> request.bucket(this.bucket).key(key));
			return new ImageFiles.Served(object, object.response().contentLength());
		}
		catch (SdkException ex) {
			throw unavailable(ex, key, "");
		}
	}

	/**
	 * Deletes every size of an image.
	 */
	void delete(String sha256, String format) {
		try {
			for (ImageSize size : ImageSize.values()) {
				this.s3.deleteObject((request) -> request.bucket(this.bucket).key(key(sha256, size, format)));
			}
		}
		catch (SdkException ex) {
			throw unavailable(ex, null, "");
		}
	}

	/**
	 * Checks that the bucket is there and this server may use it.
	 */
	void check() {
		try {
			this.s3.headBucket((request) -> request.bucket(this.bucket));
		}
		catch (SdkException ex) {
			throw unavailable(ex, null, "");
		}
	}

	private ImageStoreUnavailableException unavailable(SdkException ex, @org.jspecify.annotations.Nullable String key,
			String outcome) {
		logger.warn("Image store: bucket '" + this.bucket + "' at " + this.endpoint + ": " + ex.getMessage());
		String where = "bucket '" + this.bucket + "' at " + this.endpoint;
		if (ex instanceof NoSuchBucketException || (ex instanceof S3Exception s3 && s3.statusCode() == 404
				&& (key == null || "NoSuchBucket".equals(errorCode(s3))))) {
			return new ImageStoreUnavailableException(
					"The image store has no bucket '" + this.bucket + "' (at " + this.endpoint + ")" + outcome);
		}
		if (ex instanceof NoSuchKeyException || (ex instanceof S3Exception s3 && s3.statusCode() == 404)) {
			return new ImageStoreUnavailableException("The image store has no object " + key + " (" + where + ")");
		}
		if (ex instanceof S3Exception s3) {
			return new ImageStoreUnavailableException("The image store refused the request (" + where + ": "
					+ s3.statusCode() + " " + errorCode(s3) + ")" + outcome);
		}
		return new ImageStoreUnavailableException("The image store cannot be reached (" + where + ")" + outcome);
	}

	private static String errorCode(S3Exception ex) {
		return (ex.awsErrorDetails() != null && ex.awsErrorDetails().errorCode() != null)
				? ex.awsErrorDetails().errorCode() : "no error code";
	}

	@Override
	public void destroy() {
		this.s3.close();
	}

}
