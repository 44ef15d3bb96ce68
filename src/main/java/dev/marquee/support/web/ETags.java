package dev.marquee.support.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The ETags of versioned resources, the one place their rule is written down.
 * <p>
 * <b>The rule.</b> A resource's ETag is its own version in quotes ({@code "7"}) when its
 * body shows nothing of other resources. When it does (a cast item its person, a list its
 * films, a film document its people, companies and lists, an episode its series), the
 * ETag is the version, a dot and a digest of what it shows of them:
 * {@code "7.3f9a0c12b4e6d8a1"}. The digest is taken over the kind, id and version of each
 * resource shown ({@link Shown}), so it changes whenever one of them is written (each has
 * a version that every such write changes), leaves or joins. The ETag is strong and the
 * same on every replica; reading it costs the versions of what the body shows, not the
 * body.
 * <p>
 * <b>Writes</b> compare only the version part: {@code If-Match: "7"} and
 * {@code If-Match: "7.3f9a0c12b4e6d8a1"} both hold while the resource's own version is 7,
 * whatever happened to the people or films it shows meanwhile (a write changes the
 * resource's own fields, never theirs). Weak tags ({@code W/"7"}) never match.
 * <p>
 * A title page ({@code include=}) is the film's version and the digest of what it shows,
 * its sections' names among them, taken in SQL ({@link #digestSql}) so that a conditional
 * GET reads only versions. Reads whose ETag is not built here (pages, search) carry a
 * hash of the body, which changes with anything the body shows.
 */
public final class ETags {

	private static final int DIGEST_HEX_LENGTH = 16;

	private ETags() {
	}

	/**
	 * The ETag of a resource that shows nothing of others: {@code "7"}.
	 */
	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The ETag of a resource at this version showing these resources: {@code "7"} when it
	 * shows none, else {@code "7.<digest>"}. The order of {@code shown} and repeats do
	 * not matter.
	 */
	public static String of(long version, Collection<Shown> shown) {
		if (shown.isEmpty()) {
			return of(version);
		}
		return "\"" + version + "." + digest(shown) + "\"";
	}

	/**
	 * The ETag of a resource at this version whose shown resources' digest was taken in
	 * SQL ({@link #digestSql}): {@code "7"} without one, else {@code "7.<digest>"}.
	 */
	public static String of(long version, @Nullable String digest) {
		return (digest != null) ? "\"" + version + "." + digest + "\"" : of(version);
	}

	/**
	 * The digest of {@link #of(long, Collection)} as a SQL expression, for an ETag read
	 * without reading what it covers: {@code shown} is a query of
	 * {@code kind, id, version}; the expression is {@code NULL} when it has no rows.
	 */
	public static String digestSql(String shown) {
		return "(SELECT left(encode(sha256(convert_to(string_agg(x.kind || ':' || x.id || ':' || x.version, ',' "
				+ "ORDER BY x.kind COLLATE \"C\", x.id), 'UTF8')), 'hex'), " + DIGEST_HEX_LENGTH
				+ ") FROM (SELECT DISTINCT u.kind, u.id, u.version FROM (" + shown + ") u) x)";
	}

	/**
	 * Whether an ETag sent in {@code If-Match} names this version of the resource: a
	 * strong tag whose version part (before any dot) is this version.
	 */
	static boolean matchesVersion(String tag, long version) {
		if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
			return false;
		}
		String opaque = tag.substring(1, tag.length() - 1);
		int dot = opaque.indexOf('.');
		return ((dot < 0) ? opaque : opaque.substring(0, dot)).equals(Long.toString(version));
	}

	private static String digest(Collection<Shown> shown) {
		String canonical = shown.stream()
			.distinct()
			.sorted(Comparator.comparing(Shown::kind).thenComparingLong(Shown::id))
			.map((resource) -> resource.kind() + ":" + resource.id() + ":" + resource.version())
			.collect(Collectors.joining(","));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash).substring(0, DIGEST_HEX_LENGTH);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/**
	 * A resource a body shows something of, at the version it was read.
	 *
	 * @param kind its kind ({@code person}, {@code company}, {@code film}, {@code list})
	 * @param id its id
	 * @param version its version
	 */
	public record Shown(String kind, long id, long version) {

		public static final String PERSON = "person";

		public static final String COMPANY = "company";

		public static final String FILM = "film";

		public static final String LIST = "list";

	}

}
