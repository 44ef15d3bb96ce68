package dev.marquee.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.security.ApiClient.Answer;
import dev.marquee.security.ApiClient.Request;
import dev.marquee.security.ApiDocument.Operation;
import dev.marquee.security.BodyMutations.Broken;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated bad input over every operation of the OpenAPI document, read from the running
 * application: wrong types, out-of-range and boundary values, huge strings, emoji and
 * other non-ASCII, NUL and control characters, malformed JSON, wrong content types,
 * unknown and read-only fields, injection-looking strings, oversized bodies and wrong
 * methods, with every kind of caller (no key, malformed, unknown, revoked, reader,
 * admin). Each answer is checked by {@link AnswerChecks}: no 5xx, a problem+json of the
 * documented shape for every refusal, no trace of the implementation, and the status and
 * body the document gives for the operation. Properties whose requests must all be
 * refused also prove that the database is unchanged after them.
 * <p>
 * jqwik properties on the JUnit Platform beside Jupiter; the Spring context is the one
 * {@link MarqueeTest} classes share, prepared through {@link TestContextManager}. Figures
 * go to {@code target/reliability/fuzz.txt}.
 */
@MarqueeTest
class BadInputFuzzTests {

	private static final FuzzReport report = new FuzzReport();

	private static final List<String> METHODS = List.of("GET", "PUT", "POST", "PATCH", "DELETE", "TRACE", "OPTIONS",
			"HEAD");

	/**
	 * Served wherever GET is: HEAD as GET without the body, OPTIONS by Spring MVC (which
	 * answers OPTIONS with the Allow header on every path it maps, GET or not).
	 */
	private static final Set<String> IMPLIED = Set.of("HEAD", "OPTIONS");

	private static @Nullable Fixture fixture;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiKeys keys;

	@Autowired
	FilmDocuments documents;

	@Autowired
	LoggingSystem logging;

	private @Nullable Map<String, String> fingerprintBefore;

	@BeforeProperty
	void prepare() {
		fixture();
		report.clearViolations();
		this.fingerprintBefore = new DatabaseFingerprint(this.jdbc).take();
	}

	@AfterProperty
	void verify() {
		report.saveViolations();
		Map<String, String> after = new DatabaseFingerprint(this.jdbc).take();
		List<String> violations = report.violations();
		Map<String, String> changed = DatabaseFingerprint.differences(this.fingerprintBefore, after);
		fixture().reseed();
		assertThat(violations).as("violations").isEmpty();
		if (fixture().refusalsOnly) {
			assertThat(changed).as("tables changed by requests that were all refused").isEmpty();
		}
	}

	@AfterContainer
	static void writeReport() {
		report.write();
		if (fixture != null) {
			fixture.close();
		}
	}

	@Property(tries = 1500, shrinking = ShrinkingMode.OFF)
	void badPathParameters(@ForAll("operationsWithPathParameters") Operation operation,
			@ForAll("evilStrings") String value, @ForAll("notAnId") String notAnId, @ForAll Random random,
			@ForAll("callers") String caller) {
		Fixture fixture = refusalsOnly(true);
		List<JsonNode> parameters = operation.parameters("path");
		String name = parameters.get(random.nextInt(parameters.size())).path("name").asString();
		String sent = operation.isRead() ? value : notAnId;
		Request request = fixture.request(operation, Map.of(name, sent), caller);
		fixture.check("path parameter", request, operation, !operation.isRead());
	}

	@Property(tries = 2000, shrinking = ShrinkingMode.OFF)
	void badQueryParameters(@ForAll("operationsWithQueryParameters") Operation operation,
			@ForAll("queryValues") String value, @ForAll Random random, @ForAll("callers") String caller) {
		Fixture fixture = refusalsOnly(true);
		List<JsonNode> parameters = operation.parameters("query");
		String name = (random.nextInt(8) == 0) ? "zzUnknown"
				: parameters.get(random.nextInt(parameters.size())).path("name").asString();
		Request base = fixture.request(operation, Map.of(), caller);
		String separator = base.uri().contains("?") ? "&" : "?";
		String query = name + "=" + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
		if (random.nextInt(6) == 0) {
			query = query + "&" + query;
		}
		Request request = new Request(base.method(), base.uri() + separator + query, base.headers(), base.body(),
				base.contentType());
		fixture.check("query parameter", request, operation, !operation.isRead());
	}

	@Property(tries = 1000, shrinking = ShrinkingMode.OFF)
	void badHeaders(@ForAll("operations") Operation operation, @ForAll("evilStrings") String value,
			@ForAll Random random) {
		Fixture fixture = refusalsOnly(true);
		Request request = fixture.request(operation, Map.of(), fixture.admin);
		List<String> headers = new ArrayList<>(List.of("Authorization"));
		if (!"DELETE".equals(operation.method())) {
			// a DELETE answers 204 without a representation, whatever Accept asks for
			headers.add("Accept");
		}
		if (!operation.parameters("header").isEmpty()) {
			operation.parameters("header").forEach((header) -> headers.add(header.path("name").asString()));
		}
		if (operation.isRead()) {
			headers.addAll(List.of("If-None-Match", "X-Request-Id", "Accept-Language", "Origin"));
		}
		String header = headers.get(random.nextInt(headers.size()));
		String sent = headerValue(header, value, random, operation.isRead());
		if (!operation.isRead() && "If-Match".equals(header) && sent.contains("*")) {
			sent = "\"999999\"";
		}
		request.header(header, sent);
		fixture.check("header " + header, request, operation, !operation.isRead());
	}

	@Property(tries = 3500, shrinking = ShrinkingMode.OFF)
	void brokenBodies(@ForAll("operationsWithBodies") Operation operation, @ForAll BodyMutations mutation,
			@ForAll Random random, @ForAll("bodyCallers") String caller) {
		Fixture fixture = refusalsOnly(true);
		Broken broken = mutation.apply(fixture.targets.body(operation), operation.bodyType(), random);
		Request request = fixture.request(operation, Map.of(), caller);
		fixture.check("body " + mutation.name().toLowerCase().replace('_', ' '),
				request.body(broken.bytes(), broken.contentType()), operation, true);
	}

	@Property(tries = 30, shrinking = ShrinkingMode.OFF)
	void oversizedBodies(@ForAll("operationsWithJsonBodies") Operation operation,
			@ForAll("bodyCallers") String caller) {
		Fixture fixture = refusalsOnly(true);
		ObjectNode body = (ObjectNode) fixture.targets.body(operation);
		body.put(body.propertyNames().iterator().next(), "x".repeat(2 * 1024 * 1024 + 1));
		Request request = fixture.request(operation, Map.of(), caller).body(body.toString(), operation.bodyType());
		fixture.check("body oversized", request, operation, true);
	}

	@Property(tries = 1000, shrinking = ShrinkingMode.OFF)
	void wrongMethods(@ForAll("operations") Operation operation, @ForAll("methods") String method,
			@ForAll("callers") String caller) {
		Fixture fixture = refusalsOnly(true);
		Set<String> documented = fixture.document.operations()
			.stream()
			.filter((other) -> other.path().equals(operation.path()))
			.map(Operation::method)
			.collect(Collectors.toSet());
		// the drawn method, or the next one the path does not serve (TRACE never is)
		String wrong = method;
		for (int i = 1; documented.contains(wrong) || "OPTIONS".equals(wrong)
				|| (documented.contains("GET") && IMPLIED.contains(wrong)); i++) {
			wrong = METHODS.get((METHODS.indexOf(method) + i) % METHODS.size());
		}
		Request base = fixture.request(operation, Map.of(), caller);
		Request request = new Request(wrong, base.uri(), base.headers(), base.body(), base.contentType());
		fixture.check("wrong method", request, null, true);
	}

	@Property(tries = 1500, shrinking = ShrinkingMode.OFF)
	void oddButPossiblyValidValues(@ForAll("operationsWithBodies") Operation operation,
			@ForAll("evilStrings") String text, @ForAll("numbers") long number, @ForAll Random random) {
		Fixture fixture = refusalsOnly(false);
		JsonNode body = fixture.targets.body(operation);
		List<Map.Entry<ObjectNode, String>> fields = BodyMutations.fields(body);
		for (Map.Entry<ObjectNode, String> field : fields) {
			JsonNode value = field.getKey().get(field.getValue());
			if (value.isString() && random.nextInt(3) > 0) {
				field.getKey().put(field.getValue(), text);
			}
			else if (value.isIntegralNumber() && random.nextInt(3) > 0) {
				field.getKey().put(field.getValue(), number);
			}
		}
		Request request = fixture.request(operation, Map.of(), fixture.admin)
			.body(body.toString(), operation.bodyType());
		fixture.check("body odd values", request, operation, false);
	}

	private static String headerValue(String header, String value, Random random, boolean read) {
		if ("Accept".equals(header) && !read) {
			return List.of("text/html", "application/xml", "image/png", "text/csv").get(random.nextInt(4));
		}
		if ("Idempotency-Key".equals(header)) {
			return List.of("", " ", "ü", "a".repeat(256), "\u0001", value + "\u00e9").get(random.nextInt(6));
		}
		return value;
	}

	private Fixture refusalsOnly(boolean refusalsOnly) {
		Fixture fixture = fixture();
		fixture.refusalsOnly = refusalsOnly;
		return fixture;
	}

	@Provide
	Arbitrary<Operation> operations() {
		return Arbitraries.of(fixture().document.operations());
	}

	@Provide
	Arbitrary<Operation> operationsWithPathParameters() {
		return Arbitraries
			.of(fixture().document.operations().stream().filter((op) -> !op.parameters("path").isEmpty()).toList());
	}

	@Provide
	Arbitrary<Operation> operationsWithQueryParameters() {
		return Arbitraries
			.of(fixture().document.operations().stream().filter((op) -> !op.parameters("query").isEmpty()).toList());
	}

	@Provide
	Arbitrary<Operation> operationsWithBodies() {
		return Arbitraries.of(fixture().document.operations().stream().filter((op) -> op.bodyType() != null).toList());
	}

	/**
	 * The operations whose bodies the 2 MB limit covers: an image upload's limit is the
	 * image's, 20 MB ({@code ImageRefusalTests}).
	 */
	@Provide
	Arbitrary<Operation> operationsWithJsonBodies() {
		return Arbitraries.of(fixture().document.operations()
			.stream()
			.filter((op) -> op.bodyType() != null && !op.bodyType().startsWith("multipart/"))
			.toList());
	}

	@Provide
	Arbitrary<String> evilStrings() {
		return EvilValues.strings();
	}

	@Provide
	Arbitrary<String> notAnId() {
		return EvilValues.notAnId();
	}

	@Provide
	Arbitrary<String> queryValues() {
		return EvilValues.queryValues();
	}

	@Provide
	Arbitrary<Long> numbers() {
		return Arbitraries.of(EvilValues.NUMBERS);
	}

	@Provide
	Arbitrary<String> methods() {
		return Arbitraries.of(METHODS);
	}

	@Provide
	Arbitrary<String> callers() {
		Fixture fixture = fixture();
		return Arbitraries.of(fixture.callers);
	}

	@Provide
	Arbitrary<String> bodyCallers() {
		Fixture fixture = fixture();
		return Arbitraries.frequency(Tuple.of(4, fixture.admin), Tuple.of(1, ""), Tuple.of(1, fixture.reader),
				Tuple.of(1, TestKeys.MALFORMED));
	}

	private Fixture fixture() {
		if (this.mvc == null) {
			try {
				new TestContextManager(getClass()).prepareTestInstance(this);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not prepare the Spring test context", ex);
			}
		}
		if (fixture == null) {
			fixture = new Fixture(this);
		}
		return fixture;
	}

	/**
	 * What the properties share: the document, a client, the checks, the callers' keys
	 * and the target films.
	 */
	private static final class Fixture {

		final ApiDocument document;

		final ApiClient client;

		final AnswerChecks checks;

		final FuzzTargets targets;

		final String admin;

		final String reader;

		final List<String> callers;

		private final LoggingSystem logging;

		boolean refusalsOnly;

		Fixture(BadInputFuzzTests test) {
			this.document = ApiDocument.read(test.mvc);
			this.client = new ApiClient(test.mvc);
			this.checks = new AnswerChecks(this.document);
			this.targets = new FuzzTargets(this.document, this.client, test.documents, test.jdbc);
			this.admin = TestKeys.admin(test.keys);
			this.reader = TestKeys.reader(test.keys);
			this.callers = List.of("", TestKeys.MALFORMED, TestKeys.UNKNOWN, TestKeys.revoked(test.keys), this.reader,
					this.admin);
			this.logging = test.logging;
			// Ten thousand access-log lines say nothing; failures are reported by the
			// checks.
			this.logging.setLogLevel("dev.marquee.request", LogLevel.WARN);
			reseed();
		}

		void reseed() {
			List<String> refused = this.targets.seed(this.admin);
			assertThat(refused).as("documented example bodies the API refuses").isEmpty();
		}

		Request request(Operation operation, Map<String, String> pathValues, String caller) {
			Request request = Request.of(operation.method(), this.targets.fill(operation, pathValues));
			if (!caller.isEmpty()) {
				request.header("Authorization", caller);
			}
			if (!operation.parameters("header")
				.stream()
				.filter((h) -> "If-Match".equals(h.path("name").asString()))
				.toList()
				.isEmpty()) {
				request.header("If-Match", "*");
			}
			if (operation.bodyType() != null) {
				return request.body(this.targets.body(operation).toString(), operation.bodyType());
			}
			return request;
		}

		void check(String category, Request request, @Nullable Operation operation, boolean mustBeRefused) {
			long start = System.nanoTime();
			Answer answer = this.client.send(request);
			report.count(category, answer, mustBeRefused);
			List<String> violations = new ArrayList<>(this.checks.violations(answer, operation));
			if (mustBeRefused && answer.status() < 400) {
				violations.add("accepted (" + answer.status() + ") though it had to be refused");
			}
			report.time(category, System.nanoTime() - start);
			for (String violation : violations) {
				report.violation(category, ((operation != null) ? operation + " " : "") + violation, request, answer);
			}
		}

		void close() {
			this.targets.remove();
			this.logging.setLogLevel("dev.marquee.request", null);
		}

	}

}
