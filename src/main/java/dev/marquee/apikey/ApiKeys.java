package dev.marquee.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks API keys.
 */
@Service
@Transactional
public class ApiKeys {

	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private final ApiKeyRepository repository;

	private final Clock clock;

	ApiKeys(ApiKeyRepository repository) {
		this.repository = repository;
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
	 * Revokes a key; revoking a revoked key changes nothing.
	 */
	public void revoke(long id) {
		this.repository.findById(id).orElseThrow(() -> ApiKeyNotFoundException.forId(id)).revoke(this.clock.instant());
	}

	@Transactional(readOnly = true)
	boolean isStored(KeyMaterial material) {
		return this.repository.findByKeyHash(material.hash()).isPresent();
	}

	@Transactional(readOnly = true)
	boolean anyExists() {
		return this.repository.count() > 0;
	}

}
