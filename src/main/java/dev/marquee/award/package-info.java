@NullMarked
package dev.marquee.award;

import org.jspecify.annotations.NullMarked;
