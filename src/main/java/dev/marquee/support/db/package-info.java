@NullMarked
package dev.marquee.support.db;

import org.jspecify.annotations.NullMarked;
