@NullMarked
package dev.marquee.person;

import org.jspecify.annotations.NullMarked;
