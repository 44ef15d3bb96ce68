package dev.marquee.apikey;

import java.time.Instant;

import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A stored API key: its hash, never the key.
 */
@Entity
@Table(name = "api_key")
class ApiKey extends BaseEntity {

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, length = 16)
	private ApiKeyRole role;

	@Column(nullable = false, updatable = false)
	private byte[] keyHash;

	@Column(nullable = false, updatable = false, length = 16)
	private String keyPrefix;

	private @Nullable Instant lastUsedAt;

	private @Nullable Instant revokedAt;

	protected ApiKey() {
		this.name = "";
		this.role = ApiKeyRole.READER;
		this.keyHash = new byte[0];
		this.keyPrefix = "";
	}

	ApiKey(String name, ApiKeyRole role, KeyMaterial key) {
		this.name = name;
		this.role = role;
		this.keyHash = key.hash();
		this.keyPrefix = key.prefix();
	}

	String getName() {
		return this.name;
	}

	ApiKeyRole getRole() {
		return this.role;
	}

	String getKeyPrefix() {
		return this.keyPrefix;
	}

	@Nullable Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	@Nullable Instant getRevokedAt() {
		return this.revokedAt;
	}

	boolean isRevoked() {
		return this.revokedAt != null;
	}

	void revoke(Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
		}
	}

}
