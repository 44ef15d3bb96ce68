@NullMarked
package dev.marquee.film;

import org.jspecify.annotations.NullMarked;
