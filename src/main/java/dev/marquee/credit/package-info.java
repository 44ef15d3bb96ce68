@NullMarked
package dev.marquee.credit;

import org.jspecify.annotations.NullMarked;
