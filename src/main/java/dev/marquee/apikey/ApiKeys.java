package dev.marquee.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks API keys.
 */
@Service
@Transactional
public class ApiKeys {

	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	/**
	 * The transaction-scoped advisory lock that serializes changes to the set of admin
	 * keys: revocations, and the start-up registration of replicas starting together.
	 */
	private static final long ADMIN_KEYS_LOCK = 0x4d61727175656502L;

	private final ApiKeyRepository repository;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ApiKeys(ApiKeyRepository repository, JdbcTemplate jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.clock = Clock.systemUTC();
	}

	/**
	 * The caller a bearer token names.
	 * @throws RejectedApiKeyException when the token is malformed, unknown or revoked
	 */
	public AuthenticatedKey authenticate(String token) {
		if (!KeyMaterial.isWellFormed(token)) {
			throw RejectedApiKeyException.malformed();
		}
		ApiKey key = this.repository.findByKeyHash(KeyMaterial.of(token).hash())
			.orElseThrow(RejectedApiKeyException::unknown);
		if (key.isRevoked()) {
			throw RejectedApiKeyException.revoked();
		}
		Instant now = this.clock.instant();
		this.repository.markUsed(key.getId(), now, now.minus(LAST_USED_RESOLUTION));
		return new AuthenticatedKey(key.getId(), key.getName(), key.getRole(), key.getKeyPrefix());
	}

	/**
	 * Creates a key; the answer is the only place its text ever appears.
	 */
	public IssuedApiKey issue(String name, ApiKeyRole role) {
		return issue(name, role, KeyMaterial.generate());
	}

	IssuedApiKey issue(String name, ApiKeyRole role, KeyMaterial material) {
		ApiKey key = this.repository.saveAndFlush(new ApiKey(name, role, material));
		return new IssuedApiKey(key.getId(), key.getName(), key.getRole(), key.getKeyPrefix(), material.key(),
				key.getCreatedAt());
	}

	@Transactional(readOnly = true)
	List<ApiKeyView> list() {
		return this.repository.findAllByOrderByIdAsc().stream().map(ApiKeyView::of).toList();
	}

	@Transactional(readOnly = true)
	ApiKeyView get(long id) {
		return ApiKeyView.of(this.repository.findById(id).orElseThrow(() -> ApiKeyNotFoundException.forId(id)));
	}

	/**
	 * Revokes a key; revoking a revoked key changes nothing. The last active admin key is
	 * never revoked: that would lock every admin out for good. Revocations take the admin
	 * keys' lock before they read, so two admins revoking the last two keys at once are
	 * served one after the other and the second is refused.
	 * @throws LastAdminKeyException when the key is the only active admin key
	 */
	public void revoke(long id) {
		lockAdminKeys();
		ApiKey key = this.repository.findById(id).orElseThrow(() -> ApiKeyNotFoundException.forId(id));
		if (key.isRevoked()) {
			return;
		}
		if (key.getRole() == ApiKeyRole.ADMIN && this.repository.countByRoleAndRevokedAtIsNull(ApiKeyRole.ADMIN) <= 1) {
			throw LastAdminKeyException.forId(id);
		}
		key.revoke(this.clock.instant());
	}

	/**
	 * Waits for, then holds until the transaction ends, the lock on the set of admin
	 * keys.
	 */
	void lockAdminKeys() {
		this.jdbc.queryForList("select pg_advisory_xact_lock(?)", ADMIN_KEYS_LOCK);
	}

	@Transactional(readOnly = true)
	Optional<ApiKeyView> find(KeyMaterial material) {
		return this.repository.findByKeyHash(material.hash()).map(ApiKeyView::of);
	}

	@Transactional(readOnly = true)
	boolean anyExists() {
		return this.repository.count() > 0;
	}

}
