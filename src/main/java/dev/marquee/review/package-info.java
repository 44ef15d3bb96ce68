@NullMarked
package dev.marquee.review;

import org.jspecify.annotations.NullMarked;
