@NullMarked
package dev.marquee.support.jpa;

import org.jspecify.annotations.NullMarked;
