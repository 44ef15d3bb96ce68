package dev.marquee.support.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The one catalogue of problems Marquee answers with (RFC 9457). Each entry has a stable
 * {@code code} that clients can switch on, a {@code type} URI that resolves to this entry
 * ({@code /problems/{code}}), a short human title that never changes between occurrences,
 * and the HTTP status.
 * <p>
 * Add an entry here (and a test that provokes it) before answering with a new kind of
 * error.
 */
public enum ProblemType {

	MALFORMED_REQUEST("malformed-request", "Malformed request", HttpStatus.BAD_REQUEST,
			"The request could not be read: its URL, a header or its body is malformed (for example a body that is "
					+ "not valid JSON, or a URL with an encoded slash, a path traversal or a broken percent-encoding)."),

	INVALID_PARAMETER("invalid-parameter", "Invalid request parameter", HttpStatus.BAD_REQUEST,
			"A path, query or header parameter is malformed or has a value the operation does not accept. "
					+ "The errors member names each parameter and why it was refused."),

	INVALID_BODY("invalid-body", "Invalid request body", HttpStatus.BAD_REQUEST,
			"The request body is JSON but some of its fields are refused: unknown or read-only fields, values of the "
					+ "wrong type, or values that break a constraint. The errors member names each field (in: body) "
					+ "and why."),

	UNAUTHORIZED("unauthorized", "Authentication required", HttpStatus.UNAUTHORIZED,
			"Reads are public; every other method needs an API key sent as 'Authorization: Bearer <key>'."),

	FORBIDDEN("forbidden", "Not allowed", HttpStatus.FORBIDDEN,
			"The credentials are valid but their role does not allow this operation."),

	NOT_FOUND("not-found", "Resource not found", HttpStatus.NOT_FOUND,
			"Nothing exists at this address, or the resource it names does not exist."),

	METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED,
			"The resource exists but does not support this HTTP method; the Allow header lists the ones it does."),

	PRECONDITION_FAILED("precondition-failed", "Precondition failed", HttpStatus.PRECONDITION_FAILED,
			"An If-Match or If-None-Match condition does not hold: the resource changed since you read it (GET it "
					+ "again and reapply your change), or it exists when you asked to create it only."),

	PRECONDITION_REQUIRED("precondition-required", "Precondition required", HttpStatus.PRECONDITION_REQUIRED,
			"This write needs an If-Match header holding the ETag of the version you read, so that no edit is lost."),

	PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", HttpStatus.PAYLOAD_TOO_LARGE,
			"The request body is larger than the server accepts."),

	NOT_ACCEPTABLE("not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE,
			"The Accept header asks for a representation the resource cannot produce; Marquee speaks JSON."),

	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
			"The request body's Content-Type is not one the operation accepts."),

	TOO_MANY_REQUESTS("too-many-requests", "Too many requests", HttpStatus.TOO_MANY_REQUESTS,
			"This client has used up its requests for the current window; the RateLimit headers say how many it "
					+ "has and Retry-After when it may go on. An API key with the reader role gets a larger allowance."),

	SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE,
			"The database did not answer in time or is unreachable; nothing was changed. Retry after the number "
					+ "of seconds in the Retry-After header."),

	SEARCH_UNAVAILABLE("search-unavailable", "Search unavailable", HttpStatus.SERVICE_UNAVAILABLE,
			"This instance is still building its search index (its first start on a large catalogue, or after a bulk "
					+ "import); every other operation works. Retry after the number of seconds in the Retry-After "
					+ "header."),

	EXPORT_BUSY("export-busy", "Exports busy", HttpStatus.SERVICE_UNAVAILABLE,
			"As many document exports as this server runs at once are running; nothing was sent. Retry after the "
					+ "number of seconds in the Retry-After header."),

	IMAGE_STORE_UNAVAILABLE("image-store-unavailable", "Image store unavailable", HttpStatus.SERVICE_UNAVAILABLE,
			"The object store that holds image files cannot be reached, refuses this server's requests, or lacks its "
					+ "bucket or a file; the detail names which. An upload stored nothing. Every other operation works. "
					+ "Retry after the number of seconds in the Retry-After header."),

	CONFLICT("conflict", "Conflict", HttpStatus.CONFLICT,
			"The write would clash with what is stored: a resource with this key (an IMDb id, a list title) exists "
					+ "already, a film holds the TMDB or Wikidata id sent, or a resource still in use (a person or "
					+ "company with credits) cannot be deleted. The detail names the resource in the way (and errors "
					+ "the fields, when values of the body are taken). Sending the same request again gets the same "
					+ "answer."),

	CONCURRENT_WRITE("concurrent-write", "Concurrent write", HttpStatus.CONFLICT,
			"Another request changed what this write refers to at the same moment (deleted a person, company or film "
					+ "it names, or took the same key); nothing was changed. Unlike conflict, this one passes: read "
					+ "again and retry."),

	IDEMPOTENCY_KEY_IN_PROGRESS("idempotency-key-in-progress", "Idempotent request in progress", HttpStatus.CONFLICT,
			"The first request sent with this Idempotency-Key is still being served; retry the same request later "
					+ "to get its answer."),

	IMPORT_RUNNING("import-running", "Import running", HttpStatus.CONFLICT,
			"An import is already running on this database (started over HTTP or from the command line); one runs "
					+ "at a time. Follow the running job and start again when it has ended."),

	IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused", HttpStatus.UNPROCESSABLE_CONTENT,
			"This Idempotency-Key was already used, within the last 24 hours and by the same API key, for a "
					+ "different request (another method, path or body). Send a new key with a new request."),

	IMPORT_REFUSED("import-refused", "Import refused", HttpStatus.UNPROCESSABLE_CONTENT,
			"The import's files cannot be imported as they are: no IMDb dataset file among them, two files of one "
					+ "dataset, or a file whose header is not what its name says. Nothing was written."),

	IMAGE_TOO_LARGE("image-too-large", "Image too large", HttpStatus.PAYLOAD_TOO_LARGE,
			"The image file has more bytes, or its header claims more pixels, than the server accepts; the detail "
					+ "gives the limit. Pixels are counted from the header before anything is decoded, so a small file "
					+ "claiming a huge picture (a decompression bomb) is refused at once."),

	IMAGE_UNSUPPORTED("image-unsupported", "Unsupported image", HttpStatus.UNPROCESSABLE_CONTENT,
			"The file is not a JPEG, PNG or WebP image by its bytes (its name and Content-Type do not count): an "
					+ "empty file, an SVG, a GIF or anything else. The detail says what was found."),

	IMAGE_TYPE_MISMATCH("image-type-mismatch", "Image type mismatch", HttpStatus.UNPROCESSABLE_CONTENT,
			"The Content-Type sent with the file contradicts its bytes (a PNG sent as image/jpeg, an image sent as "
					+ "text/plain). Send the file's own type, or application/octet-stream to let the bytes decide."),

	IMAGE_CORRUPT("image-corrupt", "Corrupt image", HttpStatus.UNPROCESSABLE_CONTENT,
			"The file starts as a JPEG, PNG or WebP image but is not a whole, decodable one: it is truncated or "
					+ "damaged. The detail says where reading stopped."),

	IMAGE_POLYGLOT("image-polyglot", "Image with other content", HttpStatus.UNPROCESSABLE_CONTENT,
			"Other content (a script, an archive, a document) follows the end of the image in the file, which makes "
					+ "it readable as more than one format. Upload the image alone."),

	IMAGE_FILE_UNKNOWN("image-file-unknown", "Unknown image file", HttpStatus.UNPROCESSABLE_CONTENT,
			"A film document names an image file (by the SHA-256 its URLs hold) that is not stored: upload the image "
					+ "first (POST …/images), or leave it out. The errors member names each such field; nothing was "
					+ "written."),

	INTERNAL_ERROR("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR,
			"Something failed on the server. The correlationId member identifies the failure in the server's log.");

	private final String code;

	private final String title;

	private final HttpStatus status;

	private final String description;

	ProblemType(String code, String title, HttpStatus status, String description) {
		this.code = code;
		this.title = title;
		this.status = status;
		this.description = description;
	}

	public String code() {
		return this.code;
	}

	public String title() {
		return this.title;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String description() {
		return this.description;
	}

	/**
	 * The detail to send when nothing more specific is known: the description, except for
	 * internal errors, whose description speaks about the server log rather than to the
	 * caller.
	 */
	public String defaultDetail() {
		return (this == INTERNAL_ERROR)
				? "The server failed to answer this request. Report the correlationId if it persists."
				: this.description;
	}

	public URI type() {
		return URI.create("/problems/" + this.code);
	}

	static ProblemType forStatus(int status) {
		for (ProblemType type : values()) {
			if (type.status.value() == status) {
				return type;
			}
		}
		return (status >= 500) ? INTERNAL_ERROR : MALFORMED_REQUEST;
	}

}
