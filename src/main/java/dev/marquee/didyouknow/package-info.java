@NullMarked
package dev.marquee.didyouknow;

import org.jspecify.annotations.NullMarked;
