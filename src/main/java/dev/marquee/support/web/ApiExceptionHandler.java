package dev.marquee.support.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.core.MethodParameter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception that reaches Spring MVC into a problem+json body from the
 * {@link ProblemType} catalogue. Spring's own exceptions (unknown path, wrong method,
 * unreadable body, …) keep the status Spring gives them and get our type, title and code;
 * anything unexpected becomes {@code internal-error} with no trace of its cause in the
 * body, and is logged with the correlation id.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	static final String RACE_DETAIL = "Another request changed what this write refers to at the same time (deleted a "
			+ "person, company or film it names, or took the same key); nothing was changed: read again and retry";

	private final ProblemWriter problems;

	ApiExceptionHandler(ProblemWriter problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> handleApiException(ApiException ex, HttpServletRequest request,
			HttpServletResponse response) {
		CachingInterceptor.noStore(response);
		if (ex.getProblemType().status() == HttpStatus.SERVICE_UNAVAILABLE
				&& !response.containsHeader(HttpHeaders.RETRY_AFTER)) {
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS);
		}
		return respond(Problems.of(ex.getProblemType(), ex.getMessage(), request, ex.getErrors()));
	}

	/**
	 * Two writes raced for the same version: the one that lost is told, as if its
	 * If-Match had not held.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, OptimisticLockException.class })
	ResponseEntity<ProblemDetail> handleLostRace(RuntimeException ex, HttpServletRequest request,
			HttpServletResponse response) {
		CachingInterceptor.noStore(response);
		return respond(Problems.of(ProblemType.PRECONDITION_FAILED,
				"The resource changed while this write was applied; read it again and reapply your change", request,
				List.of()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		CachingInterceptor.noStore(response);
		String message = "must be a valid " + simpleTypeName(ex.getRequiredType());
		InvalidParam error = new InvalidParam(ex.getName(), parameterLocation(ex.getParameter()), message);
		return respond(
				Problems.of(ProblemType.INVALID_PARAMETER, ex.getName() + " " + message, request, List.of(error)));
	}

	/**
	 * Tomcat decodes the query string lazily, when a parameter is first read, and fails
	 * on broken percent-encoding such as {@code %ZZ}.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> handleUndecodableParameters(InvalidParameterException ex, HttpServletRequest request,
			HttpServletResponse response) {
		CachingInterceptor.noStore(response);
		return respond(Problems.of(ProblemType.MALFORMED_REQUEST, "The query string is not valid percent-encoded UTF-8",
				request, List.of()));
	}

	/**
	 * Spring Security's firewall checks header values only when they are read, so a
	 * header with control or unusual characters is refused deep in a handler. The client
	 * sent it: 400, never a failure of ours.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	void handleRejectedRequest(RequestRejectedException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		// Written directly: negotiating the answer would read the very header refused.
		this.problems.write(request, response, ProblemType.MALFORMED_REQUEST,
				"A header of the request holds characters that are not allowed (control or non-ASCII characters)",
				List.of());
	}

	/**
	 * The database is down, the pool had no connection within its timeout, a statement
	 * ran past {@code statement_timeout} (waiting for a lock included), or two writes
	 * deadlocked: fail fast with 503 rather than hang, and say when to retry.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			QueryTimeoutException.class, PessimisticLockingFailureException.class,
			jakarta.persistence.QueryTimeoutException.class, jakarta.persistence.PessimisticLockException.class })
	ResponseEntity<ProblemDetail> handleDatabaseUnavailable(Exception ex, HttpServletRequest request,
			HttpServletResponse response) {
		return databaseUnavailable(ex, request, response);
	}

	private static ResponseEntity<ProblemDetail> databaseUnavailable(Throwable ex, HttpServletRequest request,
			HttpServletResponse response) {
		logger.warn("Database unavailable serving {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		CachingInterceptor.noStore(response);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(ProblemType.SERVICE_UNAVAILABLE, DatabaseFailures.DETAIL, request, List.of()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		if (response.isCommitted()) {
			// A streamed answer (the document export) failed halfway: a problem
			// written now would land inside it. Rethrown, it reaches Tomcat, which
			// closes the connection without the stream's end, so the client knows its
			// copy is incomplete.
			throw ex;
		}
		if (DatabaseFailures.isUnavailable(ex)) {
			// For example a commit that failed because the connection broke.
			return databaseUnavailable(ex, request, response);
		}
		CachingInterceptor.noStore(response);
		String sqlState = sqlState(ex);
		if ("22021".equals(sqlState)) {
			// PostgreSQL refused a value holding NUL that reached it from a parameter.
			return respond(Problems.of(ProblemType.MALFORMED_REQUEST,
					"The request holds the NUL character (U+0000), which text cannot contain; nothing was changed",
					request, List.of()));
		}
		if ("23503".equals(sqlState) || "23505".equals(sqlState)) {
			// Every write checks what it refers to and what must be unique first; the
			// database refusing it anyway means a concurrent write got there in
			// between (a person deleted while a credit for them was added, the same
			// key taken twice at once).
			logger.info("Write lost a race serving {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
			return respond(Problems.of(ProblemType.CONCURRENT_WRITE, RACE_DETAIL, request, List.of()));
		}
		logger.error("Unexpected error serving {} {}", request.getMethod(), request.getRequestURI(), ex);
		return respond(Problems.of(ProblemType.INTERNAL_ERROR, ProblemType.INTERNAL_ERROR.defaultDetail(), request,
				List.of()));
	}

	/**
	 * The SQLState of the first SQL error among the causes, if any; its transaction
	 * rolled back.
	 */
	private static @Nullable String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		InvalidParam error = InvalidParam.query(ex.getParameterName(), "is required");
		ProblemDetail body = Problems.of(ProblemType.INVALID_PARAMETER,
				"Required parameter '" + ex.getParameterName() + "' is missing", servletRequest(request),
				List.of(error));
		return new ResponseEntity<>(body, problemHeaders(headers, request), status);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidParam> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			MethodParameter parameter = result.getMethodParameter();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				errors.add(new InvalidParam(parameterName(parameter), parameterLocation(parameter),
						String.valueOf(error.getDefaultMessage())));
			}
		}
		String detail = errors.stream()
			.map((error) -> error.name() + " " + error.message())
			.collect(Collectors.joining("; "));
		ProblemDetail body = Problems.of(ProblemType.INVALID_PARAMETER, detail, servletRequest(request), errors);
		return new ResponseEntity<>(body, problemHeaders(headers, request), HttpStatus.BAD_REQUEST);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		InvalidBodyException invalid = InvalidBodyException.of(BodyErrors.of(ex));
		ProblemDetail body = Problems.of(ProblemType.INVALID_BODY, invalid.getMessage(), servletRequest(request),
				invalid.getErrors());
		return new ResponseEntity<>(body, problemHeaders(headers, request), HttpStatus.BAD_REQUEST);
	}

	/**
	 * A body that is not JSON stays {@code malformed-request}; JSON with a field of the
	 * wrong type (or unknown fields met before it) is {@code invalid-body}, naming the
	 * fields; a body over the size limit is {@code payload-too-large}.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidParam> errors = new ArrayList<>(UnknownFields.finish());
		// First an answer of ours met while reading, however deep Jackson wrapped it: a
		// body over the size limit (counted as it streams in) is 413, whatever field the
		// reader was at.
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ApiException api) {
				ProblemDetail body = Problems.of(api.getProblemType(), api.getMessage(), servletRequest(request),
						api.getErrors());
				return new ResponseEntity<>(body, problemHeaders(headers, request), api.getProblemType().status());
			}
		}
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				InvalidParam error = BodyErrors.of(jackson);
				if (error != null) {
					errors.add(error);
				}
				break;
			}
		}
		if (errors.isEmpty()) {
			return super.handleHttpMessageNotReadable(ex, headers, status, request);
		}
		InvalidBodyException invalid = InvalidBodyException.of(errors);
		ProblemDetail body = Problems.of(ProblemType.INVALID_BODY, invalid.getMessage(), servletRequest(request),
				invalid.getErrors());
		return new ResponseEntity<>(body, problemHeaders(headers, request), HttpStatus.BAD_REQUEST);
	}

	/**
	 * A 415 that says what to send instead: the media types the operation takes
	 * ({@code application/merge-patch+json} for a PATCH).
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String sent = (ex.getContentType() != null) ? "Content-Type " + ex.getContentType()
				: "A body without a Content-Type";
		String expected = ex.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.distinct()
			.sorted()
			.collect(Collectors.joining(" or "));
		String detail = sent + " is not accepted here" + (expected.isEmpty() ? "" : "; send " + expected);
		ProblemDetail body = Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail, servletRequest(request),
				List.of());
		return new ResponseEntity<>(body, problemHeaders(headers, request), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemType type = ProblemType.forStatus(statusCode.value());
		if (type == ProblemType.INTERNAL_ERROR) {
			logger.error("Request failed inside Spring MVC", ex);
		}
		String detail = (type == ProblemType.INTERNAL_ERROR || !(body instanceof ProblemDetail spring))
				? type.defaultDetail() : spring.getDetail();
		ProblemDetail problem = Problems.of(type, detail, servletRequest(request), List.of());
		problem.setStatus(statusCode.value());
		return new ResponseEntity<>(problem, problemHeaders(headers, request), statusCode);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpHeaders problemHeaders(HttpHeaders headers, WebRequest request) {
		if (request instanceof NativeWebRequest nativeRequest) {
			HttpServletResponse response = nativeRequest.getNativeResponse(HttpServletResponse.class);
			if (response != null) {
				CachingInterceptor.noStore(response);
			}
		}
		HttpHeaders result = new HttpHeaders();
		result.putAll(headers);
		result.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return result;
	}

	private static @Nullable HttpServletRequest servletRequest(WebRequest request) {
		return (request instanceof NativeWebRequest nativeRequest)
				? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
	}

	private static String parameterLocation(MethodParameter parameter) {
		if (parameter.hasParameterAnnotation(PathVariable.class)) {
			return "path";
		}
		return parameter.hasParameterAnnotation(RequestHeader.class) ? "header" : "query";
	}

	private static String parameterName(MethodParameter parameter) {
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null && !requestParam.name().isEmpty()) {
			return requestParam.name();
		}
		PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
		if (pathVariable != null && !pathVariable.name().isEmpty()) {
			return pathVariable.name();
		}
		RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
		if (header != null && !header.name().isEmpty()) {
			return header.name();
		}
		return String.valueOf(parameter.getParameterName());
	}

	private static String simpleTypeName(@Nullable Class<?> type) {
		if (type == null) {
			return "value";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "integer";
		}
		return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
	}

}
