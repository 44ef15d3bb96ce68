package dev.marquee.apikey;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import dev.marquee.support.files.OwnerOnlyFiles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Makes sure an admin can get in. A key given as {@code marquee.admin-key}
 * ({@code MARQUEE_ADMIN_KEY}) is accepted as an admin key (its hash stored on start if
 * absent). A revoked one stays revoked — whoever revoked it may have had a reason, such
 * as a leak — and the start logs a warning saying how to get in again: a new key in
 * {@code MARQUEE_ADMIN_KEY}. Otherwise, when no key exists at all and
 * {@code marquee.admin-key.generate-if-missing} holds — by default only on the embedded
 * database, the demo setup — one admin key is generated, printed once to standard output
 * (never through the logger) and written to {@code marquee.admin-key.file}
 * ({@code ./data/admin-key}) readable by its owner only. Replicas starting together
 * serialize on an advisory lock.
 */
@Component
class AdminKeyBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(AdminKeyBootstrap.class);

	private final ApiKeys keys;

	private final TransactionTemplate transactions;

	private final @Nullable String configuredKey;

	private final boolean generateIfMissing;

	private final Path file;

	private final PrintStream out;

	AdminKeyBootstrap(ApiKeys keys, TransactionTemplate transactions,
			@Value("${marquee.admin-key:}") String configuredKey,
			@Value("${marquee.admin-key.generate-if-missing:#{null}}") @Nullable Boolean generateIfMissing,
			@Value("${spring.datasource.url:}") String dataSourceUrl,
			@Value("${marquee.admin-key.file:./data/admin-key}") Path file) {
		this.keys = keys;
		this.transactions = transactions;
		this.configuredKey = StringUtils.hasText(configuredKey) ? configuredKey.strip() : null;
		// Default: generate on the embedded database (the demo), never on a database
		// someone configured.
		this.generateIfMissing = (generateIfMissing != null) ? generateIfMissing : !StringUtils.hasText(dataSourceUrl);
		this.file = file;
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transactions.executeWithoutResult((status) -> {
			this.keys.lockAdminKeys();
			if (this.configuredKey != null) {
				registerConfiguredKey(this.configuredKey);
			}
			else if (this.generateIfMissing && !this.keys.anyExists()) {
				generateInto(this.file, this.out);
			}
		});
	}

	void registerConfiguredKey(String key) {
		if (!KeyMaterial.isWellFormed(key)) {
			throw new IllegalStateException("marquee.admin-key (MARQUEE_ADMIN_KEY) is not an API key: expected "
					+ KeyMaterial.describeFormat());
		}
		KeyMaterial material = KeyMaterial.of(key);
		Optional<ApiKeyView> stored = this.keys.find(material);
		if (stored.isEmpty()) {
			IssuedApiKey issued = this.keys.issue("admin key from MARQUEE_ADMIN_KEY", ApiKeyRole.ADMIN, material);
			logger.info("Registered the admin key given in MARQUEE_ADMIN_KEY as API key {} ({}…)", issued.id(),
					issued.prefix());
		}
		else if (stored.get().revokedAt() != null) {
			logger.warn("MARQUEE_ADMIN_KEY is API key {} ({}…), revoked at {}: it stays revoked and is refused. "
					+ "To get admin access back, set MARQUEE_ADMIN_KEY to a new key ('mq_' followed by 43 base64url "
					+ "characters, never used before) and restart: it is registered as a new admin key.",
					stored.get().id(), stored.get().prefix(), stored.get().revokedAt());
		}
	}

	IssuedApiKey generateInto(Path target, PrintStream console) {
		IssuedApiKey issued = this.keys.issue("generated admin key", ApiKeyRole.ADMIN);
		writeOwnerOnly(target, issued.key());
		console.println();
		console.println("Marquee generated an admin API key. It is shown this once and saved in " + target + ":");
		console.println();
		console.println("    " + issued.key());
		console.println();
		console.println("Send it as 'Authorization: Bearer <key>'. Create more with POST /api/v1/admin/api-keys.");
		console.println();
		logger.info("Generated admin API key {} ({}…), written to {}", issued.id(), issued.prefix(), target);
		return issued;
	}

	private static void writeOwnerOnly(Path target, String key) {
		try {
			OwnerOnlyFiles.write(target, key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the generated admin key to " + target, ex);
		}
	}

}
