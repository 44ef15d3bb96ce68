package dev.marquee.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which web pages may call the API from a browser.
 *
 * @param allowedOrigins origins (patterns allowed, e.g. {@code https://*.example.com})
 * that may read — GET and HEAD; {@code *} (the default, for the demo) means any
 * @param writeOrigins origins that may also send writes (POST, PUT, PATCH, DELETE); none
 * by default
 */
@ConfigurationProperties("marquee.cors")
record CorsProperties(@DefaultValue("*") List<String> allowedOrigins, @DefaultValue List<String> writeOrigins) {
}
