@NullMarked
package dev.marquee.security;

import org.jspecify.annotations.NullMarked;
