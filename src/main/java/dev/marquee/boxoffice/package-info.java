@NullMarked
package dev.marquee.boxoffice;

import org.jspecify.annotations.NullMarked;
