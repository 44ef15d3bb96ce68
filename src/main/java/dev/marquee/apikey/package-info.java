/**
 * API keys: issued, listed and revoked by admins, stored only as SHA-256 hashes, and
 * checked on every request that sends {@code Authorization: Bearer <key>}.
 */
@NullMarked
package dev.marquee.apikey;

import org.jspecify.annotations.NullMarked;
