package dev.marquee.apikey;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import dev.marquee.MarqueeTest;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys are created (shown once), listed (never shown), revoked, and stored only as
 * hashes; bad keys and reader keys are refused with whole problem bodies.
 */
@MarqueeTest
class ApiKeyTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private String admin;

	@BeforeEach
	void issueAdminKey() {
		this.admin = TestKeys.admin(this.keys);
	}

	@Test
	void createdKeyIsShownOnceStoredAsItsHashAndListedWithoutIt() throws Exception {
		MvcTestResult created = this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"frontend\",\"role\":\"reader\"}")
			.exchange();

		assertThat(created).hasStatus(201).hasHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		JsonNode body = this.json.readTree(created.getResponse().getContentAsByteArray());
		long id = body.get("id").asLong();
		String key = body.get("key").asString();
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/admin/api-keys/" + id);
		assertThat(key).matches("mq_[A-Za-z0-9_-]{43}");
		assertThat(body.get("prefix").asString()).isEqualTo(key.substring(0, 10));
		assertThat(body.get("name").asString()).isEqualTo("frontend");
		assertThat(body.get("role").asString()).isEqualTo("reader");

		byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
		assertThat(this.jdbc.queryForObject("select key_hash from api_key where id = ?", byte[].class, id))
			.isEqualTo(hash);
		assertThat(this.jdbc.queryForObject("select count(*) from api_key where id = ? and row(api_key.*)::text like ?",
				Integer.class, id, "%" + key.substring(10) + "%"))
			.as("the key's secret part is stored nowhere")
			.isZero();

		MvcTestResult listed = this.mvc.get()
			.uri("/api/v1/admin/api-keys")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.exchange();
		assertThat(listed).hasStatusOk().hasHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		String list = listed.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).doesNotContain(key.substring(10)).contains("\"prefix\":\"" + key.substring(0, 10) + "\"");

		MvcTestResult one = this.mvc.get()
			.uri("/api/v1/admin/api-keys/" + id)
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.exchange();
		JsonNode view = this.json.readTree(one.getResponse().getContentAsByteArray());
		assertThat(view.has("key")).isFalse();
		assertThat(view.get("revokedAt").isNull()).isTrue();
	}

	@Test
	void newKeyAuthenticatesAndRecordsItsUse() {
		IssuedApiKey issued = this.keys.issue("used", ApiKeyRole.READER);

		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/films/tt3783958")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.key())
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(this.jdbc.queryForObject("select last_used_at is not null from api_key where id = ?", Boolean.class,
				issued.id()))
			.isTrue();
	}

	@Test
	void revokedKeyStopsWorkingAtOnce() {
		IssuedApiKey issued = this.keys.issue("to revoke", ApiKeyRole.ADMIN);

		MvcTestResult revoked = this.mvc.delete()
			.uri("/api/v1/admin/api-keys/" + issued.id())
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.exchange();
		assertThat(revoked).hasStatus(204);
		assertThat(this.mvc.delete()
			.uri("/api/v1/admin/api-keys/" + issued.id())
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.exchange()).as("revoking twice").hasStatus(204);

		MvcTestResult refused = this.mvc.get()
			.uri("/api/v1/admin/api-keys")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.key())
			.header("X-Request-Id", "rev-1")
			.exchange();
		assertProblem(refused, 401, """
				{"type":"/problems/unauthorized","title":"Authentication required","status":401,
				 "detail":"The API key has been revoked","instance":"/api/v1/admin/api-keys",
				 "code":"unauthorized","correlationId":"rev-1"}""");
		assertThat(refused.getResponse().getHeader("WWW-Authenticate"))
			.isEqualTo("Bearer realm=\"marquee\", error=\"invalid_token\"");
	}

	@Test
	void malformedUnknownAndNonBearerCredentialsAreRefusedEvenOnReads() {
		assertProblem(this.mvc.get()
			.uri("/api/v1/films/tt3783958")
			.header(HttpHeaders.AUTHORIZATION, TestKeys.MALFORMED)
			.header("X-Request-Id", "bad-key")
			.exchange(), 401, """
					{"type":"/problems/unauthorized","title":"Authentication required","status":401,
					 "detail":"The bearer token is not an API key: expected 'mq_' followed by 43 base64url characters",
					 "instance":"/api/v1/films/tt3783958","code":"unauthorized","correlationId":"bad-key"}""");
		assertProblem(
				this.mvc.get()
					.uri("/api/v1/films/tt3783958")
					.header(HttpHeaders.AUTHORIZATION, TestKeys.UNKNOWN)
					.header("X-Request-Id", "unknown-key")
					.exchange(),
				401, """
						{"type":"/problems/unauthorized","title":"Authentication required","status":401,
						 "detail":"The API key is not known",
						 "instance":"/api/v1/films/tt3783958","code":"unauthorized","correlationId":"unknown-key"}""");
		assertProblem(
				this.mvc.get()
					.uri("/api/v1/films/tt3783958")
					.header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46YWRtaW4=")
					.header("X-Request-Id", "basic")
					.exchange(),
				401,
				"""
						{"type":"/problems/unauthorized","title":"Authentication required","status":401,
						 "detail":"The Authorization header must be 'Bearer <key>' with an API key of the form 'mq_' followed by 43 base64url characters",
						 "instance":"/api/v1/films/tt3783958","code":"unauthorized","correlationId":"basic"}""");
	}

	@Test
	void readerKeyCannotManageKeys() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/admin/api-keys")
			.header(HttpHeaders.AUTHORIZATION, TestKeys.reader(this.keys))
			.header("X-Request-Id", "reader-1")
			.exchange();

		assertProblem(result, 403, """
				{"type":"/problems/forbidden","title":"Not allowed","status":403,
				 "detail":"Your API key's role does not allow GET here","instance":"/api/v1/admin/api-keys",
				 "code":"forbidden","correlationId":"reader-1"}""");
	}

	@Test
	void listingKeysNeedsAKey() {
		assertProblem(this.mvc.get().uri("/api/v1/admin/api-keys").header("X-Request-Id", "anon-1").exchange(), 401, """
				{"type":"/problems/unauthorized","title":"Authentication required","status":401,
				 "detail":"GET needs an API key with the admin role, sent as 'Authorization: Bearer <key>'",
				 "instance":"/api/v1/admin/api-keys","code":"unauthorized","correlationId":"anon-1"}""");
	}

	@Test
	void unknownAndReadOnlyFieldsAreEachNamed() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "ib-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":3,\"name\":\"x\",\"version\":1,\"role\":\"reader\",\"colour\":{\"a\":[1]}}")
			.exchange();

		assertProblem(result, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 3 invalid fields: colour, id, version",
				 "instance":"/api/v1/admin/api-keys","code":"invalid-body","correlationId":"ib-1",
				 "errors":[{"name":"colour","in":"body","message":"is not a field of this body"},
				           {"name":"id","in":"body","message":"is read-only: the server assigns it"},
				           {"name":"version","in":"body","message":"is read-only: the server assigns it"}]}""");
		assertThat(this.jdbc.queryForObject("select count(*) from api_key where name = 'x'", Integer.class)).isZero();
	}

	@Test
	void everyFieldBreakingAConstraintIsNamed() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "ib-2")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\" \",\"role\":null}")
			.exchange();

		assertProblem(result, 400, """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 2 invalid fields: name, role",
				 "instance":"/api/v1/admin/api-keys","code":"invalid-body","correlationId":"ib-2",
				 "errors":[{"name":"name","in":"body","message":"must not be blank"},
				           {"name":"role","in":"body","message":"must not be null"}]}""");
	}

	@Test
	void unknownRoleIsNamed() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "ib-3")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"role\":\"owner\"}")
			.exchange();

		assertProblem(result, 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 1 invalid field: role",
						 "instance":"/api/v1/admin/api-keys","code":"invalid-body","correlationId":"ib-3",
						 "errors":[{"name":"role","in":"body","message":"unknown value 'owner'; expected one of reader, admin"}]}""");
	}

	@Test
	void aMisspeltRoleGetsTheRoleItWasMeantToBe() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/admin/api-keys")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "ib-4")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"role\":\"admn\"}")
			.exchange();

		assertProblem(result, 400,
				"""
						{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
						 "detail":"The request body has 1 invalid field: role",
						 "instance":"/api/v1/admin/api-keys","code":"invalid-body","correlationId":"ib-4",
						 "errors":[{"name":"role","in":"body","message":"unknown value 'admn'; expected one of reader, admin (did you mean 'admin'?)"}]}""");
	}

	@Test
	void revokingAnUnknownKeyIsNotFound() {
		assertProblem(this.mvc.delete()
			.uri("/api/v1/admin/api-keys/987654321")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.header("X-Request-Id", "nf-key")
			.exchange(), 404, """
					{"type":"/problems/not-found","title":"Resource not found","status":404,
					 "detail":"No API key with id '987654321'","instance":"/api/v1/admin/api-keys/987654321",
					 "code":"not-found","correlationId":"nf-key"}""");
	}

	private static void assertProblem(MvcTestResult result, int status, String expectedJson) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isStrictlyEqualTo(expectedJson);
	}

}
