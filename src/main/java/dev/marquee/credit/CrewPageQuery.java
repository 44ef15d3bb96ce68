package dev.marquee.credit;

import java.util.List;

import dev.marquee.film.Film;
import dev.marquee.support.jpa.EnumOrder;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;

/**
 * Keyset pages of a film's crew in the title page's order: by department in
 * {@link Department} declaration order, then credit position. The department order is an
 * expression built from the enum, so the query sorts and seeks on it in one statement
 * (people fetched with the credits).
 */
@Repository
class CrewPageQuery {

	private static final String DEPARTMENT_ORDER = EnumOrder.ordinal("c.department", Department.class);

	private static final String PAGE = """
			select c from CrewCredit c join fetch c.person
			where c.film = :film and (%1$s, c.position, c.id) > (:afterDepartment, :afterPosition, :afterId)
			order by %1$s, c.position, c.id""".formatted(DEPARTMENT_ORDER);

	private final EntityManager entityManager;

	CrewPageQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Up to {@code limit} credits after the one at the given keys (department ordinal,
	 * position, id); (-1, 0, 0) is before the first credit.
	 */
	List<CrewCredit> find(Film film, int afterDepartment, int afterPosition, long afterId, int limit) {
		return this.entityManager.createQuery(PAGE, CrewCredit.class)
			.setParameter("film", film)
			.setParameter("afterDepartment", afterDepartment)
			.setParameter("afterPosition", afterPosition)
			.setParameter("afterId", afterId)
			.setMaxResults(limit)
			.getResultList();
	}

}
