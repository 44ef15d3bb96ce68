/**
 * The film record every feature hangs on: the {@code Film} entity, {@code Films} (find a
 * film, give it a new version), and the small records others show of a film.
 */
@NullMarked
package dev.marquee.film;

import org.jspecify.annotations.NullMarked;
