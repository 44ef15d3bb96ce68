@NullMarked
package dev.marquee.support.web;

import org.jspecify.annotations.NullMarked;
