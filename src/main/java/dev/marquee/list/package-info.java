@NullMarked
package dev.marquee.list;

import org.jspecify.annotations.NullMarked;
