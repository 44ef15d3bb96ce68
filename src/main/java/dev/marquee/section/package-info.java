@NullMarked
package dev.marquee.section;

import org.jspecify.annotations.NullMarked;
