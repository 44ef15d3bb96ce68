/**
 * Safe retries: a POST sent again with the same {@code Idempotency-Key} gets the first
 * answer instead of acting twice ({@link dev.marquee.idempotency.IdempotencyFilter}).
 */
@NullMarked
package dev.marquee.idempotency;

import org.jspecify.annotations.NullMarked;
