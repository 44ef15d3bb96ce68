package dev.marquee.support.web;

import java.util.Collection;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The allowed value a mistyped one was most likely meant to be, for the "did you mean" of
 * an error message: the closest by edits (an inserted, deleted or changed character, or
 * two neighbours swapped, each counting one; case ignored), if it is within two edits and
 * closer than half the typed value's length, so that a value typed wholly differently
 * gets no guess.
 */
public final class Closest {

	private Closest() {
	}

	public static @Nullable String to(String typed, Collection<String> allowed) {
		String wanted = typed.toLowerCase(Locale.ROOT);
		String closest = null;
		int best = Math.min(2, (wanted.length() - 1) / 2) + 1;
		for (String candidate : allowed) {
			int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
			if (distance < best) {
				best = distance;
				closest = candidate;
			}
		}
		return closest;
	}

	/**
	 * {@code " (did you mean 'trivia'?)"}, or nothing when no allowed value is close.
	 */
	public static String hint(String typed, Collection<String> allowed) {
		String closest = to(typed, allowed);
		return (closest != null) ? " (did you mean '" + closest + "'?)" : "";
	}

	/**
	 * The optimal string alignment distance: Levenshtein's, with a swap of neighbours as
	 * one edit.
	 */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
