/**
 * Files Marquee writes for its operator: secrets kept readable by their owner only.
 */
@NullMarked
package dev.marquee.support.files;

import org.jspecify.annotations.NullMarked;
