package dev.marquee.imports;

/**
 * Another import (from this or another process) is running on the same database.
 */
public class ImportBusyException extends RuntimeException {

	ImportBusyException() {
		super("Another import is running on this database; one import at a time.");
	}

}
