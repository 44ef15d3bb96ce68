package dev.marquee.security;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Values a hostile or careless client sends: injection-looking text, path traversal,
 * control characters and NUL, emoji and other non-ASCII, huge strings, numbers at and
 * past every boundary.
 */
final class EvilValues {

	static final List<String> STRINGS = List.of("' OR '1'='1", "1; DROP TABLE film;--", "tt3783958' --",
			"\" OR \"\"=\"", "1 UNION SELECT key_hash FROM api_key", "../../etc/passwd", "..\\..\\windows\\win.ini",
			"..;/admin", "/", "//", "%", "%00", "%2e%2e%2f", "\u0000", "a\u0000b", "\r\nX-Injected: 1", "\t", " ", "",
			"😀🎬🍿", "La La Land 🎹", "Ла-Ла Ленд", "ラ・ラ・ランド", "לה לה לנד", "\u202Edlrow\u202C", "\uFEFFbom",
			"e\u0301\u0301\u0301", "\u200B\u200C\u200D", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}",
			"{{7*7}}", "%s%s%n", "null", "undefined", "true", "NaN", "-1", "0", "1.5", "1e309", "0x10",
			"9223372036854775808", "-9223372036854775809", "99999999999999999999999999", "tt", "tt0", "tt12345678901",
			"nm", "*", "?", "#", "&", "=", "+", "a".repeat(10_000));

	/**
	 * Texts that cannot name an existing resource: safe to send to a write with an admin
	 * key, since it must be refused.
	 */
	static final List<String> NOT_AN_ID = STRINGS.stream()
		.filter((value) -> !value.matches("\\s*(tt|nm)?[0-9]+\\s*|\\*|0x10|1e309|1\\.5|[+]"))
		.toList();

	static final List<Long> NUMBERS = List.of(-1L, 0L, 1L, -2147483649L, -2147483648L, 2147483647L, 2147483648L,
			Long.MIN_VALUE, Long.MAX_VALUE, 1869L, 1870L, 2100L, 2101L, 100L, 101L, 99_999_999_999L);

	private EvilValues() {
	}

	private static Tuple2<Integer, Arbitrary<? extends String>> weighted(int weight, Arbitrary<String> values) {
		return Tuple.of(weight, values);
	}

	static Arbitrary<String> strings() {
		return Arbitraries.frequencyOf(weighted(6, Arbitraries.of(STRINGS)),
				weighted(2, Arbitraries.strings().all().ofMaxLength(40)),
				weighted(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(4)),
				weighted(1, Arbitraries.strings().withCharRange('\u0080', '\uFFFD').ofMinLength(1).ofMaxLength(20)));
	}

	static Arbitrary<String> notAnId() {
		return Arbitraries.frequencyOf(weighted(6, Arbitraries.of(NOT_AN_ID)),
				weighted(2, Arbitraries.strings().withCharRange('\u0080', '\uFFFD').ofMinLength(1).ofMaxLength(20)),
				weighted(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(4)));
	}

	/**
	 * Query values: the strings above plus numbers at and past the documented bounds.
	 */
	static Arbitrary<String> queryValues() {
		return Arbitraries.oneOf(strings(), Arbitraries.of(NUMBERS).map(String::valueOf));
	}

}
