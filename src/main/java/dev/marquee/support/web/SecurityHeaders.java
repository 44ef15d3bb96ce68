package dev.marquee.support.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * The security headers Spring Security writes on every answer it lets through (its
 * defaults less Cache-Control, which Marquee sets itself), for the answers written before
 * or without it: requests its firewall refuses, and those Tomcat refuses before any
 * filter runs.
 */
final class SecurityHeaders {

	private static final HeaderWriter WRITER = new CompositeHeaderWriter(List.of(new XContentTypeOptionsHeaderWriter(),
			new XXssProtectionHeaderWriter(), new HstsHeaderWriter(), new XFrameOptionsHeaderWriter()));

	private SecurityHeaders() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response) {
		WRITER.writeHeaders(request, response);
	}

}
