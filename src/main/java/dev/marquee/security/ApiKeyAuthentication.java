package dev.marquee.security;

import java.util.List;

import dev.marquee.apikey.AuthenticatedKey;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API key; its authority is the key's role. Holds no
 * credential: the key is not needed once checked.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final AuthenticatedKey key;

	ApiKeyAuthentication(AuthenticatedKey key) {
		super(List.of(new SimpleGrantedAuthority(key.role().authority())));
		this.key = key;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public AuthenticatedKey getPrincipal() {
		return this.key;
	}

	@Override
	public String getName() {
		return "api-key-" + this.key.id();
	}

}
