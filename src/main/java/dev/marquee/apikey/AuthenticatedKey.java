package dev.marquee.apikey;

/**
 * Who a request's key says the caller is: never the key itself.
 *
 * @param id the key's id
 * @param name the name an admin gave it
 * @param role what it may do
 * @param prefix its first characters, as listings show them
 */
public record AuthenticatedKey(long id, String name, ApiKeyRole role, String prefix) {

	@Override
	public String toString() {
		return "API key " + this.id + " (" + this.prefix + "…, " + this.role.code() + ")";
	}

}
