@NullMarked
package dev.marquee.titlepage;

import org.jspecify.annotations.NullMarked;
