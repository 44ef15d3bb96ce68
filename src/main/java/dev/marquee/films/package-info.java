/**
 * The {@code /api/v1/films} API: the catalogue listing, a film alone or in batches, its
 * title page composed from the registry's sections, its creation, patch and deletion, its
 * document (read, written, exported) and a series' episodes.
 */
@NullMarked
package dev.marquee.films;

import org.jspecify.annotations.NullMarked;
