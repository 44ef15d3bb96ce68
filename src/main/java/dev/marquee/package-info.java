@NullMarked
package dev.marquee;

import org.jspecify.annotations.NullMarked;
