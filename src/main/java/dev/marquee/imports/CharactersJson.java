package dev.marquee.imports;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The {@code characters} column of {@code title.principals}: a JSON array of strings
 * inside a TSV field, e.g. {@code ["Mia","Bob \"Bobby\" Smith"]}; {@code \N} when none.
 */
final class CharactersJson {

	private static final JsonFactory json = new JsonFactory();

	private CharactersJson() {
	}

	static List<String> parse(String value) throws BadLineException {
		if ("\\N".equals(value)) {
			return List.of();
		}
		try (JsonParser parser = json.createParser(ObjectReadContext.empty(), value)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw broken(value, "not a JSON array");
			}
			List<String> characters = new ArrayList<>(2);
			JsonToken token;
			while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
				characters.add(parser.getString());
			}
			if (token != JsonToken.END_ARRAY || parser.nextToken() != null) {
				throw broken(value, "not an array of strings");
			}
			return characters;
		}
		catch (JacksonException ex) {
			throw broken(value, "not valid JSON");
		}
	}

	private static BadLineException broken(String value, String why) {
		return new BadLineException("characters " + DatasetFiles.abbreviate(value, 60) + " is " + why);
	}

}
