package dev.marquee.changes;

import dev.marquee.apikey.AuthenticatedKey;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes in the feed. Call it from the service method that makes the change: it
 * joins that transaction (and refuses to run outside one), so the change and its record
 * commit or roll back together.
 *
 * <pre>
 * changes.record(ChangeAction.DELETE, "film", film.getId(), film.getImdbId());
 * </pre>
 */
@Service
public class Changes {

	private final JdbcTemplate jdbc;

	Changes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records one change, with the API key of the request making it (none for changes
	 * made by the application itself, such as loading the demo film).
	 * @param action create, update or delete
	 * @param resourceType the kind of resource, as the API names it ({@code film},
	 * {@code person}, …)
	 * @param resourceId its numeric id
	 * @param resourceKey its public key when it has one (a film's IMDb id), else
	 * {@code null}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(ChangeAction action, String resourceType, long resourceId, @Nullable String resourceKey) {
		this.jdbc.update(
				"insert into change_event (action, resource_type, resource_id, resource_key, api_key_id)"
						+ " values (?, ?, ?, ?, ?)",
				action.code(), resourceType, resourceId, resourceKey, currentApiKeyId());
	}

	private static @Nullable Long currentApiKeyId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof AuthenticatedKey key) ? key.id()
				: null;
	}

}
