package dev.marquee.support.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Honours {@code Forwarded} and {@code X-Forwarded-Host/Proto/Port/Prefix/For} from the
 * proxies named in {@code marquee.http.trusted-proxies} (Spring's
 * {@link ForwardedHeaderFilter}), so that the links the API writes ({@code next},
 * {@code Location}) are the proxy's public address and a client's rate limit is its own;
 * from anyone else the headers are removed unread, so a client cannot make the API write
 * links to another host into answers that shared caches keep.
 */
class TrustedForwardedHeaders extends OncePerRequestFilter {

	private final List<IpAddressMatcher> proxies;

	private final ForwardedHeaderFilter honour = new ForwardedHeaderFilter();

	private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

	TrustedForwardedHeaders(List<String> proxies) {
		this.proxies = proxies.stream()
			.map(String::trim)
			.filter((proxy) -> !proxy.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
		this.remove.setRemoveOnly(true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		boolean trusted = address != null && this.proxies.stream().anyMatch((proxy) -> proxy.matches(address));
		(trusted ? this.honour : this.remove).doFilter(request, response, chain);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
