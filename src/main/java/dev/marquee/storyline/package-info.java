/**
 * The storyline a title page carries beyond the plot: taglines, keywords, certifications
 * per country and videos (links to trailers, teasers and clips).
 */
@NullMarked
package dev.marquee.storyline;

import org.jspecify.annotations.NullMarked;
