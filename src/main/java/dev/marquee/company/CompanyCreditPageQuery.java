package dev.marquee.company;

import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.support.jpa.EnumOrder;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

/**
 * Keyset pages of a film's company credits in the title page's order: by role in
 * {@link CompanyRole} declaration order, then credit position, companies fetched with
 * them in the same statement.
 */
@Repository
class CompanyCreditPageQuery {

	private static final String ROLE_ORDER = EnumOrder.ordinal("c.role", CompanyRole.class);

	private static final String PAGE = """
			select c from CompanyCredit c join fetch c.company
			where c.film = :film and (%1$s, c.position, c.id) > (:afterRole, :afterPosition, :afterId)
			order by %1$s, c.position, c.id""".formatted(ROLE_ORDER);

	private final EntityManager entityManager;

	CompanyCreditPageQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Up to {@code limit} credits after the one at the given keys (role ordinal,
	 * position, id); (-1, 0, 0) is before the first credit.
	 */
	List<CompanyCredit> find(Film film, int afterRole, int afterPosition, long afterId, int limit) {
		return this.entityManager.createQuery(PAGE, CompanyCredit.class)
			.setParameter("film", film)
			.setParameter("afterRole", afterRole)
			.setParameter("afterPosition", afterPosition)
			.setParameter("afterId", afterId)
			.setMaxResults(limit)
			.getResultList();
	}

}
