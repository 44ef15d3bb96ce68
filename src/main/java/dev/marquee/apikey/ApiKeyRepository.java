package dev.marquee.apikey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

	Optional<ApiKey> findByKeyHash(byte[] keyHash);

	List<ApiKey> findAllByOrderByIdAsc();

	long countByRoleAndRevokedAtIsNull(ApiKeyRole role);

	/**
	 * Records a use without touching the key's version, at most once a minute per key so
	 * that reads do not turn into a write each.
	 */
	@Modifying
	@Query("update ApiKey k set k.lastUsedAt = :now where k.id = :id and (k.lastUsedAt is null or k.lastUsedAt < :before)")
	int markUsed(long id, Instant now, Instant before);

}
