@NullMarked
package dev.marquee.details;

import org.jspecify.annotations.NullMarked;
