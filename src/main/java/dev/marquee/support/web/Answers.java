package dev.marquee.support.web;

import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.jspecify.annotations.Nullable;

/**
 * The documented answers of the operations on a film's sections
 * ({@code /films/{id}/cast}, …), written into the OpenAPI document by kind of operation
 * so that every section lists the same problems in the same words, each naming its
 * {@link ProblemType} code. The answers any operation can give (a malformed URL, a bad
 * key, CORS, 406) are added to these by {@link OpenApiConfiguration}.
 */
public enum Answers {

	/**
	 * A paged section list.
	 */
	PAGE(success("200", "One page of the section; next is null on the last page"), Answer.NOT_MODIFIED,
			problem("400",
					"Malformed film id, size outside 1–100, an after cursor this list did not return, or an "
							+ "unknown spoilers or sort value",
					ProblemType.INVALID_PARAMETER),
			Answer.NO_FILM, Answer.NOT_ACCEPTABLE),

	/**
	 * One item of a section list.
	 */
	ITEM(success("200", "The item"), Answer.NOT_MODIFIED,
			problem("400", "Malformed film id or item id", ProblemType.INVALID_PARAMETER), Answer.NO_ITEM,
			Answer.NOT_ACCEPTABLE),

	/**
	 * A section that is one object (box office, awards).
	 */
	SINGLE(success("200", "The section"), Answer.NOT_MODIFIED,
			problem("400", "Malformed film id", ProblemType.INVALID_PARAMETER),
			problem("404", "No film with this id, or (box office, award summary) the film has none",
					ProblemType.NOT_FOUND),
			Answer.NOT_ACCEPTABLE),

	/**
	 * Adding an item to a section.
	 */
	CREATE(success("201", "Added; Location names the item, ETag is its version"),
			badBody("Malformed film id", " (id, version, timestamps)"), Answer.NO_FILM, Answer.UNAUTHORIZED,
			Answer.FORBIDDEN, Answer.TOO_LARGE, Answer.UNSUPPORTED),

	/**
	 * Creating or replacing a part a film has at most one of (box office, award summary):
	 * replacing is conditional on its version.
	 */
	PUT(success("200", "Replaced; the part, ETag its new version"),
			success("201", "Created; Location names the part, ETag its version"), badBody("Malformed film id", ""),
			Answer.NO_FILM,
			problem("412",
					"If-Match names another version than the part's current one, If-Match was sent but the "
							+ "film has no such part, or If-None-Match: * and it has",
					ProblemType.PRECONDITION_FAILED),
			problem("428", "The film has the part and If-Match was not sent", ProblemType.PRECONDITION_REQUIRED),
			Answer.UNAUTHORIZED, Answer.FORBIDDEN, Answer.TOO_LARGE, Answer.UNSUPPORTED),

	/**
	 * Replacing or patching an item: conditional on its version.
	 */
	WRITE(success("200", "Written; the item, ETag its new version"),
			badBody("Malformed film or item id", " (id, version, timestamps)"), Answer.UNAUTHORIZED, Answer.FORBIDDEN,
			Answer.NO_ITEM, Answer.STALE, Answer.UNCONDITIONAL, Answer.TOO_LARGE, Answer.UNSUPPORTED),

	/**
	 * Deleting an item: conditional on its version.
	 */
	DELETE(new Answer("204", "Deleted", false),
			problem("400", "Malformed film or item id", ProblemType.INVALID_PARAMETER), Answer.UNAUTHORIZED,
			Answer.FORBIDDEN, Answer.NO_ITEM, Answer.STALE, Answer.UNCONDITIONAL),

	/**
	 * The problems of creating a resource, after the operation's own success answer.
	 */
	CREATED(Answer.BAD_BODY, Answer.TOO_LARGE, Answer.UNSUPPORTED, Answer.UNAUTHORIZED, Answer.FORBIDDEN,
			Answer.CONFLICT),

	/**
	 * The problems of a PUT or PATCH of one resource against the version read.
	 */
	UPDATED(Answer.BAD_BODY, Answer.TOO_LARGE, Answer.UNSUPPORTED, Answer.UNAUTHORIZED, Answer.FORBIDDEN,
			Answer.NO_RESOURCE, Answer.CONFLICT, Answer.CHANGED_SINCE, Answer.UNCONDITIONAL),

	/**
	 * The problems of a write against the version read that cannot conflict with another
	 * resource.
	 */
	CHANGED(Answer.BAD_BODY, Answer.TOO_LARGE, Answer.UNSUPPORTED, Answer.UNAUTHORIZED, Answer.FORBIDDEN,
			Answer.NO_RESOURCE, Answer.CHANGED_SINCE, Answer.UNCONDITIONAL),

	/**
	 * The problems of a DELETE of one resource against the version read.
	 */
	DELETED(Answer.BAD_ID, Answer.UNAUTHORIZED, Answer.FORBIDDEN, Answer.NO_RESOURCE, Answer.CONFLICT,
			Answer.CHANGED_SINCE, Answer.UNCONDITIONAL),

	/**
	 * The problems of a DELETE against the version read that nothing else can hold on to.
	 */
	REMOVED(Answer.BAD_ID, Answer.UNAUTHORIZED, Answer.FORBIDDEN, Answer.NO_RESOURCE, Answer.CHANGED_SINCE,
			Answer.UNCONDITIONAL),

	FILMS(success("200", "One page of films"), outOfRange("A parameter"), Answer.NOT_ACCEPTABLE),

	FILM_EXPORT(success("200", "One film document per line"), outOfRange("A filter"), Answer.UNAUTHORIZED,
			problem("406", "The Accept header excludes NDJSON", ProblemType.NOT_ACCEPTABLE),
			new Answer("503",
					Answer.coded("As many exports as the server runs at once are running", ProblemType.EXPORT_BUSY)
							+ "; Retry-After says when to try again",
					true)),

	FILMOGRAPHY(success("200", "A page of the person's credits"),
			problem("400", "Malformed id, size outside 1..100 or a cursor this API did not return",
					ProblemType.INVALID_PARAMETER),
			notFound("person"), Answer.NOT_ACCEPTABLE),

	COMPANIES(success("200", "A page of companies"),
			problem("400", "Blank or over-long q, size outside 1..100 or a cursor this API did not return",
					ProblemType.INVALID_PARAMETER),
			Answer.NOT_ACCEPTABLE),

	COMPANY(success("200", "The company"), Answer.BAD_ID, notFound("company"), Answer.NOT_ACCEPTABLE),

	KEYWORD(success("200", "The keyword"), problem("400", "Malformed slug", ProblemType.INVALID_PARAMETER),
			notFound("keyword"), Answer.NOT_ACCEPTABLE),

	SIMILAR(success("200", "A page of the films most like the film, the most alike first"),
			problem("400", "Malformed id or language, size outside 1..100 or a cursor this list did not return",
					ProblemType.INVALID_PARAMETER),
			Answer.NO_FILM, Answer.NOT_ACCEPTABLE),

	KEYWORD_FILMS(success("200", "A page of the films that have the keyword"),
			problem("400", "Malformed slug, size outside 1..100 or a cursor this API did not return",
					ProblemType.INVALID_PARAMETER),
			notFound("keyword"), Answer.NOT_ACCEPTABLE),

	LISTS(success("200", "A page of lists"), Answer.BAD_PAGE, Answer.NOT_ACCEPTABLE),

	LIST(success("200", "The list with its films"), problem("400", "Non-numeric id", ProblemType.INVALID_PARAMETER),
			notFound("list"), Answer.NOT_ACCEPTABLE),

	CHANGES(success("200", "A page of changes, oldest first"), Answer.BAD_PAGE, Answer.NOT_ACCEPTABLE),

	/**
	 * The problems of an admin operation, after its own answers.
	 */
	ADMIN(Answer.UNAUTHORIZED, Answer.FORBIDDEN),

	/**
	 * The conflict a write whose key is taken, or whose resource is in use, answers.
	 */
	CONFLICT(Answer.CONFLICT),

	PEOPLE(success("200", "A page of people"),
			problem("400",
					"Blank or over-long q, malformed profession, size "
							+ "outside 1..100 or a cursor this API did not return",
					ProblemType.INVALID_PARAMETER),
			Answer.NOT_ACCEPTABLE),

	PERSON(success("200", "The person"), Answer.BAD_ID, notFound("person"), Answer.NOT_ACCEPTABLE),

	FILM(success("200", "The film, with the sections asked for"), Answer.NOT_MODIFIED,
			problem("400", "Malformed id or unknown include value", ProblemType.INVALID_PARAMETER), Answer.NO_FILM,
			Answer.NOT_ACCEPTABLE),

	FILM_BATCH(success("200", "The films found, and the ids that matched none"),
			problem("400", "No ids, more than 100, or a malformed one", ProblemType.INVALID_PARAMETER),
			Answer.NOT_ACCEPTABLE),

	FILM_PATCH(success("200", "Patched; the film without sections, ETag its new version"),
			new Answer("400", Answer.coded("Malformed film id", ProblemType.INVALID_PARAMETER) + "; "
					+ Answer.coded("the body is not JSON", ProblemType.MALFORMED_REQUEST) + "; or fields are "
					+ "refused — unknown, read-only (ids, version, timestamps), sections, wrong type or breaking a "
					+ "constraint (code " + ProblemType.INVALID_BODY.code() + ", errors names each)", true),
			Answer.TOO_LARGE, notMediaType("application/merge-patch+json"), Answer.UNAUTHORIZED, Answer.FORBIDDEN,
			Answer.NO_FILM, Answer.FILM_CHANGED, Answer.UNCONDITIONAL, Answer.CONFLICT),

	FILM_DELETE(new Answer("204", "Deleted, with every section of the film", false),
			problem("400", "Malformed film id", ProblemType.INVALID_PARAMETER), Answer.UNAUTHORIZED, Answer.FORBIDDEN,
			Answer.NO_FILM, Answer.FILM_CHANGED, Answer.UNCONDITIONAL),

	FILM_DOCUMENT(success("200", "The film document; ETag is the film's version"), Answer.NOT_MODIFIED, Answer.BAD_ID,
			Answer.NO_FILM, Answer.NOT_ACCEPTABLE),

	FILM_DOCUMENT_PUT(success("200", "Replaced; the stored document, ETag its new version"),
			success("201", "Created; Location names the film, ETag its version"),
			new Answer("400", Answer.coded("The path is not an IMDb id", ProblemType.INVALID_PARAMETER) + "; "
					+ Answer.coded("the body is not JSON", ProblemType.MALFORMED_REQUEST) + "; or fields are "
					+ "refused — unknown, read-only, wrong type, breaking a constraint, or an imdbId other than the "
					+ "path's (code " + ProblemType.INVALID_BODY.code() + ", errors names each)", true),
			Answer.UNAUTHORIZED, Answer.FORBIDDEN,
			problem("412", "If-Match names another version, or If-None-Match: * and the film exists",
					ProblemType.PRECONDITION_FAILED),
			problem("422", "An image names a file that is not stored (errors names each)",
					ProblemType.IMAGE_FILE_UNKNOWN),
			Answer.TOO_LARGE, notMediaType("application/json"), Answer.CONFLICT),

	IMAGES(success("200", "The owner's images, and the one shown for each kind"),
			problem("400", "Malformed id or language", ProblemType.INVALID_PARAMETER), Answer.NO_RESOURCE,
			Answer.NOT_ACCEPTABLE),

	IMAGE(success("200", "The image; ETag its version"), Answer.NOT_MODIFIED,
			problem("400", "Malformed id or image id", ProblemType.INVALID_PARAMETER), Answer.NO_IMAGE,
			Answer.NOT_ACCEPTABLE),

	IMAGE_UPLOAD(success("201", "Stored with every size ready; Location names the image, ETag is its version"),
			problem("400", "Malformed id, no file part, or a kind or language refused (errors names it)",
					ProblemType.INVALID_PARAMETER),
			Answer.UNAUTHORIZED, Answer.FORBIDDEN, Answer.NO_RESOURCE,
			new Answer("413",
					Answer.coded("The file has more bytes, or claims more pixels, than an image may have",
							ProblemType.IMAGE_TOO_LARGE) + "; or the whole body is over the server's limit (code "
							+ ProblemType.PAYLOAD_TOO_LARGE.code() + ")",
					true),
			notMediaType("multipart/form-data"),
			new Answer("422", "The file is refused as an image: not JPEG, PNG or WebP by its bytes (empty, SVG, GIF, "
					+ "…; code " + ProblemType.IMAGE_UNSUPPORTED.code() + "), sent with a Content-Type its bytes "
					+ "contradict (code " + ProblemType.IMAGE_TYPE_MISMATCH.code()
					+ "), truncated or undecodable (code " + ProblemType.IMAGE_CORRUPT.code()
					+ "), or followed by other content (code " + ProblemType.IMAGE_POLYGLOT.code() + ")", true),
			new Answer("503",
					Answer.coded("The object store of image files failed", ProblemType.IMAGE_STORE_UNAVAILABLE)
							+ " or the database did not answer (code " + ProblemType.SERVICE_UNAVAILABLE.code()
							+ "); nothing was stored. Retry-After says when to try again",
					true)),

	IMAGE_PATCH(success("200", "Patched; the image, ETag its new version"),
			new Answer("400",
					Answer.coded("Malformed id or image id", ProblemType.INVALID_PARAMETER) + "; "
							+ Answer.coded("the body is not JSON", ProblemType.MALFORMED_REQUEST) + "; or fields are "
							+ "refused — unknown, read-only, of the wrong type or breaking a constraint (code "
							+ ProblemType.INVALID_BODY.code() + ", errors names each)",
					true),
			Answer.TOO_LARGE, notMediaType("application/merge-patch+json"), Answer.UNAUTHORIZED, Answer.FORBIDDEN,
			Answer.NO_IMAGE, Answer.STALE, Answer.UNCONDITIONAL),

	IMAGE_DELETE(new Answer("204", "Deleted; its files go when no other image uses them", false),
			problem("400", "Malformed id or image id", ProblemType.INVALID_PARAMETER), Answer.UNAUTHORIZED,
			Answer.FORBIDDEN, Answer.NO_IMAGE, Answer.STALE, Answer.UNCONDITIONAL),

	API_KEY_CREATE(success("201", "The key, shown this once; Location names it"),
			new Answer("400",
					"Body not JSON, an unknown field, or a missing or invalid name or role (code "
							+ ProblemType.MALFORMED_REQUEST.code() + " or " + ProblemType.INVALID_BODY.code()
							+ "; errors names each field)",
					true),
			notMediaType("application/json"), Answer.UNAUTHORIZED, Answer.FORBIDDEN),

	API_KEYS(success("200", "Every key, oldest first"), Answer.UNAUTHORIZED, Answer.FORBIDDEN),

	API_KEY(success("200", "The key, without the key itself"), Answer.BAD_ID, notFound("key"), Answer.UNAUTHORIZED,
			Answer.FORBIDDEN),

	API_KEY_REVOKE(new Answer("204", "Revoked", false), Answer.BAD_ID, notFound("key"),
			new Answer("409", Answer.coded("The key is the last active admin key", ProblemType.CONFLICT)
					+ ": create another admin key first", true),
			Answer.UNAUTHORIZED, Answer.FORBIDDEN);

	private final List<Answer> answers;

	Answers(Answer... answers) {
		this.answers = List.of(answers);
	}

	/**
	 * Writes these answers into the operation, in this order. Answers with a success
	 * replace the operation's, a success getting {@code success} as its body, or when
	 * that is null the body springdoc found for the operation's return type; the others
	 * follow the operation's own answers. Operations that need {@code If-Match} document
	 * it.
	 */
	public void writeTo(Operation operation, @Nullable Content success) {
		ApiResponses found = operation.getResponses();
		ApiResponse inferred = (found != null) ? found.values().stream().findFirst().orElse(null) : null;
		Content body = (success != null) ? success : (inferred != null) ? inferred.getContent() : null;
		boolean additive = this.answers.stream().noneMatch((answer) -> answer.status().startsWith("2"));
		ApiResponses responses = new ApiResponses();
		if (additive && found != null) {
			responses.putAll(found);
		}
		for (Answer answer : this.answers) {
			ApiResponse response = new ApiResponse().description(answer.description());
			if (answer.problem()) {
				response.content(new Content().addMediaType("application/problem+json",
						new io.swagger.v3.oas.models.media.MediaType()
							.schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
			}
			else if (answer.status().startsWith("2") && !answer.status().equals("204")) {
				response.content(body);
			}
			responses.addApiResponse(answer.status(), response);
		}
		operation.setResponses(responses);
		boolean conditional = this.answers.contains(Answer.UNCONDITIONAL);
		if (conditional && (operation.getParameters() == null
				|| operation.getParameters().stream().noneMatch((p) -> "If-Match".equals(p.getName())))) {
			operation.addParametersItem(new HeaderParameter().name("If-Match")
				.required(true)
				.description("The item's ETag as read (GET of the item, or the answer of its last write), e.g. "
						+ "\"3\"; required so that no edit is lost")
				.schema(new StringSchema().example("\"3\"")));
		}
	}

	private static Answer success(String status, String description) {
		return new Answer(status, description, false);
	}

	private static Answer problem(String status, String description, ProblemType type) {
		return new Answer(status, Answer.coded(description, type), true);
	}

	/**
	 * 400 naming every malformed or out-of-range parameter ({@code what}: "A filter").
	 */
	private static Answer outOfRange(String what) {
		return new Answer("400", Answer.coded(what + " is malformed or out of range", ProblemType.INVALID_PARAMETER)
				+ "; errors names each one", true);
	}

	private static Answer notFound(String resource) {
		return problem("404", "No " + resource + " with this id", ProblemType.NOT_FOUND);
	}

	private static Answer notMediaType(String mediaType) {
		return problem("415", "The body is not " + mediaType, ProblemType.UNSUPPORTED_MEDIA_TYPE);
	}

	private static Answer badBody(String badId, String readOnly) {
		return new Answer("400", Answer.coded(badId, ProblemType.INVALID_PARAMETER) + "; "
				+ Answer.coded("the body is not JSON", ProblemType.MALFORMED_REQUEST) + "; or fields are refused — "
				+ "unknown, read-only" + readOnly + ", wrong type or breaking a constraint (code "
				+ ProblemType.INVALID_BODY.code() + ", errors names each)", true);
	}

	private record Answer(String status, String description, boolean problem) {

		static final Answer NOT_MODIFIED = new Answer("304", "Not modified: the If-None-Match ETag is current", false);

		static final Answer NO_FILM = new Answer("404", coded("No film with this id", ProblemType.NOT_FOUND), true);

		static final Answer NO_ITEM = new Answer("404",
				coded("No film with this id, or the film has no item with this id", ProblemType.NOT_FOUND), true);

		static final Answer NO_IMAGE = new Answer("404",
				coded("No film, person or company with this id, or it has no image with this id",
						ProblemType.NOT_FOUND),
				true);

		static final Answer NOT_ACCEPTABLE = new Answer("406",
				coded("The Accept header excludes JSON", ProblemType.NOT_ACCEPTABLE), true);

		static final Answer UNAUTHORIZED = new Answer("401",
				coded("No API key, or a malformed, unknown or revoked one", ProblemType.UNAUTHORIZED), true);

		static final Answer FORBIDDEN = new Answer("403",
				coded("The API key's role is not admin", ProblemType.FORBIDDEN), true);

		static final Answer STALE = new Answer("412",
				coded("If-Match names another version than the item's current one, or a concurrent write won",
						ProblemType.PRECONDITION_FAILED),
				true);

		static final Answer UNCONDITIONAL = new Answer("428",
				coded("If-Match was not sent", ProblemType.PRECONDITION_REQUIRED), true);

		static final Answer BAD_PAGE = new Answer("400",
				coded("size outside 1..100 or a cursor this API did not return", ProblemType.INVALID_PARAMETER), true);

		static final Answer NO_RESOURCE = new Answer("404", coded("No resource with this id", ProblemType.NOT_FOUND),
				true);

		static final Answer BAD_ID = new Answer("400", coded("Malformed id", ProblemType.INVALID_PARAMETER), true);

		static final Answer BAD_BODY = new Answer("400", coded("A malformed id", ProblemType.INVALID_PARAMETER) + "; "
				+ coded("a body that is not JSON", ProblemType.MALFORMED_REQUEST) + "; or refused fields — unknown, "
				+ "read-only (id, version, timestamps), of the wrong type or breaking a constraint (code "
				+ ProblemType.INVALID_BODY.code() + ", errors names each)", true);

		static final Answer CHANGED_SINCE = new Answer("412",
				coded("If-Match names another version than the current one: it changed since you read it, or a "
						+ "concurrent write won", ProblemType.PRECONDITION_FAILED),
				true);

		static final Answer FILM_CHANGED = new Answer("412",
				coded("If-Match names another version than the film's current one, or a concurrent write won",
						ProblemType.PRECONDITION_FAILED),
				true);

		static final Answer CONFLICT = new Answer("409", coded("The key or an external id is taken by another "
				+ "resource, or the resource is still in use; the detail names it", ProblemType.CONFLICT)
				+ ". Or another write changed what this one refers to at the same moment: read again and retry (code "
				+ ProblemType.CONCURRENT_WRITE.code() + ")", true);

		static final Answer TOO_LARGE = new Answer("413",
				coded("The body exceeds the size limit", ProblemType.PAYLOAD_TOO_LARGE), true);

		static final Answer UNSUPPORTED = new Answer("415",
				coded("The body's Content-Type is not the one the operation takes: application/json, or "
						+ "application/merge-patch+json for PATCH", ProblemType.UNSUPPORTED_MEDIA_TYPE),
				true);

		static String coded(String description, ProblemType type) {
			return description + " (code " + type.code() + ")";
		}

	}

}
