package dev.marquee.support.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Tomcat hold an API answer of up to {@value #BUFFER_BYTES} bytes whole and send it
 * at once, with its {@code Content-Length}, instead of sending its first 8 KiB while the
 * rest is still being written and the remainder chunked.
 * <p>
 * A proxy can send a request to another instance only as long as it has passed nothing of
 * the answer on. An instance killed in the middle of a chunked answer leaves the client
 * with a cut-off body that nginx cannot retry; an answer written whole is either not
 * begun (nginx retries it on another instance) or already in the kernel's socket buffer,
 * which delivers it after the process is gone. That takes one socket write per answer:
 * Tomcat writes through a per-connection buffer, sized by
 * {@link WebConfiguration#SOCKET_WRITE_BUFFER_BYTES}, so answers up to that size (title
 * pages, listings' pages) reach the kernel at once; larger ones go out in several writes
 * and a kill between two of them can still cut one off. This response buffer is allocated
 * once per Tomcat processor and kept, since it is no larger than 16 times Tomcat's
 * default. Larger answers (exports) are still streamed.
 */
final class WholeAnswers extends OncePerRequestFilter {

	static final int BUFFER_BYTES = 128 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setBufferSize(BUFFER_BYTES);
		chain.doFilter(request, response);
	}

}
