@NullMarked
package dev.marquee.company;

import org.jspecify.annotations.NullMarked;
