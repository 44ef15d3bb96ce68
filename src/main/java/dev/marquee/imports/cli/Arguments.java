package dev.marquee.imports.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * {@code --name value} options and {@code --flag} switches after a command's words.
 */
final class Arguments {

	private final Map<String, String> values = new HashMap<>();

	private final Set<String> flags = new HashSet<>();

	Arguments(List<String> args, Set<String> valueOptions, Set<String> flagOptions) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String name = arg.startsWith("--") ? arg.substring(2) : arg;
			int equals = name.indexOf('=');
			if (equals > 0 && valueOptions.contains(name.substring(0, equals))) {
				this.values.put(name.substring(0, equals), name.substring(equals + 1));
			}
			else if (valueOptions.contains(name) && i + 1 < args.size()) {
				this.values.put(name, args.get(++i));
			}
			else if (flagOptions.contains(name)) {
				this.flags.add(name);
			}
			else {
				throw new UsageException("unknown or incomplete option '" + arg + "'");
			}
		}
	}

	@Nullable String value(String name) {
		return this.values.get(name);
	}

	String required(String name) {
		String value = this.values.get(name);
		if (value == null) {
			throw new UsageException("--" + name + " is required");
		}
		return value;
	}

	long number(String name, long fallback) {
		String value = this.values.get(name);
		try {
			return (value != null) ? Long.parseLong(value) : fallback;
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--" + name + " must be a whole number, not '" + value + "'");
		}
	}

	double decimal(String name, double fallback) {
		String value = this.values.get(name);
		try {
			return (value != null) ? Double.parseDouble(value) : fallback;
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--" + name + " must be a number, not '" + value + "'");
		}
	}

	boolean flag(String name) {
		return this.flags.contains(name);
	}

	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
