package dev.marquee.imports;

/**
 * The import did not start: no dataset file, or a file whose header is not what its name
 * says. Nothing was written.
 */
public class ImportRefusedException extends RuntimeException {

	ImportRefusedException(String message) {
		super(message);
	}

}
