package dev.marquee.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How close one candidate is to a query, judged on each of its texts (a film's title,
 * original title and alternate titles; a person's name) on its own, the closest text
 * winning: the index holds the words of all of a film's texts together, so it can offer a
 * film whose words match only across two texts, which no single text does and which is
 * dropped here.
 *
 * @param match how the closest text matched
 * @param edits typos forgiven in it (0 unless fuzzy)
 * @param startsWith whether that text starts with the query's words as typed
 * @param text the index of that text among the candidate's texts, its display name being
 * 0
 */
record Closeness(Match match, int edits, boolean startsWith, int text) {

	/**
	 * Closest first; a text starting with the query before one that only contains its
	 * words when {@code startsFirst} (search-as-you-type).
	 */
	static Comparator<Closeness> order(boolean startsFirst) {
		return startsFirst ? STARTS_FIRST : CLOSEST_FIRST;
	}

	private static final Comparator<Closeness> CLOSEST_FIRST = Comparator.comparing(Closeness::match)
		.thenComparingInt(Closeness::edits)
		.thenComparingInt(Closeness::text);

	private static final Comparator<Closeness> STARTS_FIRST = Comparator.comparing((Closeness c) -> !c.startsWith)
		.thenComparing(CLOSEST_FIRST);

	/**
	 * A query as its candidates are judged, prepared once for them all: its words and its
	 * exact spellings ({@link Folding.Words#exactForms}), both also as UTF-8, which the
	 * texts of a candidate are compared with before any is decoded.
	 */
	record Typed(Folding.Words words, Set<String> forms, List<byte[]> utf8, List<byte[]> wordsUtf8) {

		static Typed of(Folding.Words words) {
			Set<String> forms = words.exactForms();
			return new Typed(words, forms, utf8(forms), utf8(Set.copyOf(words.words())));
		}

		private static List<byte[]> utf8(Set<String> texts) {
			return texts.stream().map((text) -> text.getBytes(StandardCharsets.UTF_8)).toList();
		}

	}

	/**
	 * The closest of the texts, or null when none matches the query on its own. A text
	 * matches without typos or not at all before any typo is forgiven, since a text
	 * matched with a typo never beats one matched without (one that starts with the query
	 * as typed always matches without). Texts are decoded only when their spelling leaves
	 * them a chance against the closest so far: a film has dozens of alternate titles,
	 * and most of them lose on their first characters.
	 */
	static @Nullable Closeness of(Typed query, EncodedTexts texts, boolean startsFirst) {
		Comparator<Closeness> order = order(startsFirst);
		Folding.Words[] decoded = new Folding.Words[texts.size()];
		Closeness best = null;
		for (int i = 0; i < texts.size() && (best == null || best.match != Match.EXACT); i++) {
			if (best != null && !couldBeat(texts, i, query, best, startsFirst)) {
				continue;
			}
			decoded[i] = Folding.decode(texts.get(i));
			Closeness closeness = asTyped(query.words(), query.forms(), decoded[i], i);
			if (closeness != null && (best == null || order.compare(closeness, best) < 0)) {
				best = closeness;
			}
		}
		if (best != null && !(startsFirst && !best.startsWith)) {
			return best;
		}
		// With typos: every text when none matched as typed; while typing, when the
		// closest does not start with the query, those that do (rare: words joined by
		// punctuation in the query that the text spells otherwise).
		boolean startingOnly = best != null;
		for (int i = 0; i < texts.size(); i++) {
			if (startingOnly && !startsWith(texts, i, query)) {
				continue;
			}
			Folding.Words text = (decoded[i] != null) ? decoded[i] : Folding.decode(texts.get(i));
			Closeness closeness = withTypos(query.words(), query.forms(), text, i, best, order);
			if (closeness != null && (best == null || order.compare(closeness, best) < 0)) {
				best = closeness;
			}
		}
		return best;
	}

	private static boolean startsWith(EncodedTexts texts, int i, Typed query) {
		for (byte[] form : query.utf8()) {
			if (texts.startsWith(i, form)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether text {@code i} may match closer than {@code best}, a match without typos of
	 * an earlier text (which wins a tie), told from its spelling alone: a text that does
	 * not start with the query cannot beat one that does while typing, only an exact text
	 * is closer than one having all the query's words, and only a text having them all
	 * (the last one too as a whole word) is closer than one where the last is the start
	 * of a word.
	 */
	private static boolean couldBeat(EncodedTexts texts, int i, Typed query, Closeness best, boolean startsFirst) {
		if (startsFirst) {
			boolean startsWith = startsWith(texts, i, query);
			if (startsWith != best.startsWith) {
				return startsWith;
			}
		}
		for (byte[] form : query.utf8()) {
			if (texts.spelledAs(i, form)) {
				return true;
			}
		}
		if (best.match.compareTo(Match.WORDS) <= 0) {
			return false;
		}
		for (byte[] word : query.wordsUtf8()) {
			if (!texts.hasWord(i, word)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * How a text matches without typos: exactly, with every word of the query as a word
	 * of its own (so "la la land" asks for two la's), or with the last word as the start
	 * of one; null when it does not.
	 */
	private static @Nullable Closeness asTyped(Folding.Words query, Set<String> typedForms, Folding.Words text,
			int index) {
		boolean startsWith = false;
		for (String form : text.exactForms()) {
			if (typedForms.contains(form)) {
				return new Closeness(Match.EXACT, 0, true, index);
			}
			for (String typed : typedForms) {
				startsWith |= form.startsWith(typed);
			}
		}
		List<String> pool = pool(text);
		List<String> wanted = query.words();
		int last = wanted.size() - 1;
		boolean lastMissing = false;
		for (int i = 0; i < wanted.size(); i++) {
			if (!pool.remove(wanted.get(i))) {
				if (i != last) {
					return null;
				}
				lastMissing = true;
			}
		}
		if (!lastMissing) {
			return new Closeness(Match.WORDS, 0, startsWith, index);
		}
		String prefix = wanted.get(last);
		for (String word : pool) {
			if (word.startsWith(prefix)) {
				return new Closeness(Match.PREFIX, 0, startsWith, index);
			}
		}
		return null;
	}

	/**
	 * How a text matches with typos forgiven: the words that are there as they are first,
	 * then the others, each within its typo allowance (the last one as the start of a
	 * word); null when it does not.
	 */
	private static @Nullable Closeness withTypos(Folding.Words query, Set<String> typedForms, Folding.Words text,
			int index, @Nullable Closeness judged, Comparator<Closeness> order) {
		boolean startsWith = false;
		for (String form : text.exactForms()) {
			for (String typed : typedForms) {
				startsWith |= form.startsWith(typed);
			}
		}
		if (judged != null && order.compare(new Closeness(Match.FUZZY, 0, startsWith, index), judged) >= 0) {
			return null; // no typo match of it could beat a text already judged
		}
		List<String> pool = pool(text);
		List<String> wanted = query.words();
		int last = wanted.size() - 1;
		boolean[] matched = new boolean[wanted.size()];
		for (int i = 0; i < wanted.size(); i++) {
			matched[i] = pool.remove(wanted.get(i));
		}
		int edits = 0;
		for (int i = 0; i < wanted.size(); i++) {
			if (matched[i]) {
				continue;
			}
			String word = wanted.get(i);
			int allowed = allowedEdits(word);
			int closest = allowed + 1;
			String best = null;
			for (String candidate : pool) {
				int distance = firstCharacterTwice(word, candidate,
						(i == last) ? prefixDistance(word, candidate, allowed) : distance(word, candidate, allowed));
				if (distance < closest) {
					closest = distance;
					best = candidate;
				}
			}
			if (best == null) {
				return null;
			}
			pool.remove(best);
			edits += closest;
		}
		return new Closeness(Match.FUZZY, edits, startsWith, index);
	}

	private static List<String> pool(Folding.Words text) {
		List<String> pool = new ArrayList<>(text.words());
		pool.addAll(text.joined());
		return pool;
	}

	/**
	 * A typo in the first character counts twice, as the index's typo queries count it (a
	 * word must be 8 characters or more to be found with its first character wrong).
	 */
	private static int firstCharacterTwice(String word, String candidate, int distance) {
		boolean firstDiffers = candidate.isEmpty() || word.codePointAt(0) != candidate.codePointAt(0);
		return (distance > 0 && firstDiffers) ? distance + 1 : distance;
	}

	/**
	 * The distance of a word being typed to the closest start of {@code candidate}.
	 */
	private static int prefixDistance(String typed, String candidate, int limit) {
		return distance(typed, candidate, limit, true);
	}

	/**
	 * Typos forgiven in a word: none up to 3 characters, one up to 7, two beyond.
	 */
	static int allowedEdits(String word) {
		int length = word.codePointCount(0, word.length());
		return (length <= 3) ? 0 : (length <= 7) ? 1 : 2;
	}

	/**
	 * The optimal-string-alignment distance (insertions, deletions, substitutions and
	 * transpositions of adjacent characters, as Lucene's fuzzy queries count them), or
	 * {@code limit + 1} once it is certain to exceed {@code limit}.
	 */
	static int distance(String a, String b, int limit) {
		return distance(a, b, limit, false);
	}

	/**
	 * The distance of {@code a} to {@code b}, or to the closest non-empty start of
	 * {@code b} when {@code toStart}: the smallest cell of the last row.
	 */
	private static int distance(String a, String b, int limit, boolean toStart) {
		if ((toStart ? a.length() - b.length() : Math.abs(a.length() - b.length())) > limit) {
			return limit + 1;
		}
		int[] before = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] row = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			row[0] = i;
			int smallest = row[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					row[j] = Math.min(row[j], before[j - 2] + 1);
				}
				smallest = Math.min(smallest, row[j]);
			}
			if (smallest > limit) {
				return limit + 1;
			}
			int[] recycled = before;
			before = previous;
			previous = row;
			row = recycled;
		}
		int closest = previous[b.length()];
		for (int j = 1; toStart && j < b.length(); j++) {
			closest = Math.min(closest, previous[j]);
		}
		return Math.min(closest, limit + 1);
	}

}
