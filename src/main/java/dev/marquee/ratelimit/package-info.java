@NullMarked
package dev.marquee.ratelimit;

import org.jspecify.annotations.NullMarked;
