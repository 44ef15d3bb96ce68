/**
 * The storyline a title page carries beyond the plot: taglines, keywords, certifications
 * per country, videos (links to trailers, teasers and clips) and translations of the
 * title, plot and tagline, chosen for the language a reader asks for
 * ({@link Translations}).
 */
@NullMarked
package dev.marquee.storyline;

import org.jspecify.annotations.NullMarked;
