@NullMarked
package dev.marquee.soundtrack;

import org.jspecify.annotations.NullMarked;
