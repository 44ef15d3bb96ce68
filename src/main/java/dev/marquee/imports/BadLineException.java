package dev.marquee.imports;

/**
 * A line fails validation; the reason goes into the reject report. No stack trace: it is
 * an expected outcome, thrown once per bad line.
 */
final class BadLineException extends Exception {

	BadLineException(String reason) {
		super(reason, null, false, false);
	}

}
