package dev.marquee.apikey;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import dev.marquee.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The first admin key: taken from MARQUEE_ADMIN_KEY, or generated, printed once and saved
 * owner-only — and never logged.
 */
@MarqueeTest
@ExtendWith(OutputCaptureExtension.class)
class AdminKeyBootstrapTests {

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@TempDir
	Path directory;

	@Test
	void configuredKeyIsStoredOnceAsAnAdminKey(CapturedOutput output) {
		String key = KeyMaterial.generate().key();
		AdminKeyBootstrap bootstrap = bootstrap(key, false);

		bootstrap.run(null);
		bootstrap.run(null);

		assertThat(this.keys.authenticate(key).role()).isEqualTo(ApiKeyRole.ADMIN);
		assertThat(this.jdbc.queryForObject("select count(*) from api_key where key_prefix = ?", Integer.class,
				key.substring(0, 10)))
			.isEqualTo(1);
		assertThat(output).doesNotContain(key.substring(10));
	}

	@Test
	void malformedConfiguredKeyStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> bootstrap("secret", false).run(null))
			.withMessage("marquee.admin-key (MARQUEE_ADMIN_KEY) is not an API key: expected 'mq_' followed by 43 "
					+ "base64url characters");
	}

	@Test
	void generatedKeyIsPrintedOnceAndSavedOwnerOnlyButNeverLogged(CapturedOutput output) throws Exception {
		Path file = this.directory.resolve("data/admin-key");
		ByteArrayOutputStream console = new ByteArrayOutputStream();

		IssuedApiKey issued = this.transactions.execute((status) -> bootstrap(null, true).generateInto(file,
				new PrintStream(console, true, StandardCharsets.UTF_8)));

		assertThat(Files.readString(file)).isEqualTo(issued.key() + "\n");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(console.toString(StandardCharsets.UTF_8)).containsOnlyOnce(issued.key());
		assertThat(output).doesNotContain(issued.key()).doesNotContain(issued.key().substring(10));
		assertThat(this.keys.authenticate(issued.key()).role()).isEqualTo(ApiKeyRole.ADMIN);
	}

	@Test
	void aRevokedConfiguredKeyStaysRevokedAndTheStartSaysHowToGetBackIn(CapturedOutput output) {
		String key = KeyMaterial.generate().key();
		bootstrap(key, false).run(null);
		long id = this.keys.authenticate(key).id();
		this.keys.issue("another admin", ApiKeyRole.ADMIN);
		this.keys.revoke(id);
		Instant revokedAt = this.keys.get(id).revokedAt();

		bootstrap(key, false).run(null);

		assertThatExceptionOfType(RejectedApiKeyException.class).isThrownBy(() -> this.keys.authenticate(key))
			.withMessage("The API key has been revoked");
		assertThat(output).contains("MARQUEE_ADMIN_KEY is API key " + id + " (" + key.substring(0, 10)
				+ "…), revoked at " + revokedAt + ": it stays revoked and is refused. To get "
				+ "admin access back, set MARQUEE_ADMIN_KEY to a new key ('mq_' followed by 43 base64url characters, "
				+ "never used before) and restart: it is registered as a new admin key.");
		assertThat(output).doesNotContain(key.substring(10));
	}

	@Test
	void nothingIsGeneratedWhileAnyKeyExists() {
		this.keys.issue("existing", ApiKeyRole.READER);
		Path file = this.directory.resolve("admin-key");

		new AdminKeyBootstrap(this.keys, this.transactions, "", true, "", file).run(null);

		assertThat(file).doesNotExist();
	}

	private AdminKeyBootstrap bootstrap(String key, boolean generate) {
		return new AdminKeyBootstrap(this.keys, this.transactions, (key != null) ? key : "", generate,
				"jdbc:postgresql://elsewhere/marquee", this.directory.resolve("unused"));
	}

}
