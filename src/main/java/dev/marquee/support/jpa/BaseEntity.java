package dev.marquee.support.jpa;

import java.time.Instant;
import java.util.Objects;

import dev.marquee.support.web.ETags;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

/**
 * What every Marquee table has: a database-generated id, an optimistic-locking version
 * (surfaced as {@code ETag}/{@code If-Match}) and creation/update timestamps.
 * <p>
 * <b>equals/hashCode policy.</b> An entity is equal only to itself or to another instance
 * of the same (unproxied) class with the same non-null id. A new, unsaved entity (id
 * {@code null}) equals only itself. {@link #hashCode()} is constant per class, so an
 * entity keeps its hash bucket when it is persisted and gets its id: sets of entities
 * stay correct across {@code persist}. Natural keys (IMDb ids) are not used because they
 * are optional on people and companies and editable by admins.
 */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	@CreationTimestamp
	@Column(nullable = false, updatable = false)
	private @Nullable Instant createdAt;

	@UpdateTimestamp
	@Column(nullable = false)
	private @Nullable Instant updatedAt;

	public @Nullable Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * This entity as a body that shows it counts it in its ETag.
	 * @param kind its kind ({@link ETags.Shown#PERSON}, …)
	 */
	public ETags.Shown shownAs(String kind) {
		return new ETags.Shown(kind, Objects.requireNonNull(getId(), "a stored entity"), getVersion());
	}

	public @Nullable Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getUpdatedAt() {
		return this.updatedAt;
	}

	@Override
	public final boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || effectiveClass(this) != effectiveClass(other)) {
			return false;
		}
		Object myId = identifier(this);
		return myId != null && myId.equals(identifier(other));
	}

	@Override
	public final int hashCode() {
		return effectiveClass(this).hashCode();
	}

	// Both helpers read a lazy proxy's class and id from its initializer, so neither
	// loads the entity.

	private static Class<?> effectiveClass(Object entity) {
		return (entity instanceof HibernateProxy proxy) ? proxy.getHibernateLazyInitializer().getPersistentClass()
				: entity.getClass();
	}

	private static @Nullable Object identifier(Object entity) {
		return (entity instanceof HibernateProxy proxy) ? proxy.getHibernateLazyInitializer().getInternalIdentifier()
				: ((BaseEntity) entity).id;
	}

}
