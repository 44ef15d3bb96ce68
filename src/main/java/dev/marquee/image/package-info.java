/**
 * Images of films (posters, backdrops, stills, logos), people (profiles) and companies
 * (logos): uploaded files checked and re-encoded ({@link ImageDecoder}), stored by
 * content with their sized variants in PostgreSQL or an S3-compatible object store
 * ({@link ImageFiles}, {@link ImageObjects}), attached to their owner ({@link Images})
 * and served at immutable URLs ({@link ImageFileController}).
 */
@NullMarked
package dev.marquee.image;

import org.jspecify.annotations.NullMarked;
