package dev.marquee.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.marquee.security.ApiClient.Answer;
import dev.marquee.security.ApiClient.Request;
import dev.marquee.security.ApiDocument.Operation;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestIds;
import dev.marquee.films.FilmDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriUtils;

/**
 * The resources the fuzzer aims at. Reads use the documented examples (the demo film La
 * La Land and its people); writes only ever reach two films of their own under
 * {@link TestIds} ids, {@link #SECTION_FILM} (with an item in every section that takes
 * writes, added through the API itself) and {@link #DOCUMENT_FILM} (whole-document
 * writes), or ids that name nothing, so no other test's data is touched.
 */
final class FuzzTargets {

	/**
	 * The film whose sections the writes aim at.
	 */
	static final String SECTION_FILM = TestIds.film();

	/**
	 * The film whose document the writes aim at.
	 */
	static final String DOCUMENT_FILM = TestIds.film();

	/**
	 * The name of the person and company and the title of the list the writes on those
	 * resources aim at.
	 */
	static final String TARGET_NAME = "Fuzz Target Zz";

	/**
	 * An API key id that names no key: deleting it must find nothing.
	 */
	static final String NO_SUCH_KEY = "999999999";

	private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

	private static final Pattern SECTION_ITEM = Pattern
		.compile("/api/v1/films/\\{id}/([a-z-]+(?:/[a-z-]+)?)/\\{itemId}");

	private final ApiDocument document;

	private final ExampleBodies bodies;

	private final ApiClient client;

	private final FilmDocuments documents;

	private final JdbcTemplate jdbc;

	private final Map<String, String> itemIds = new HashMap<>();

	/**
	 * The person, company and list {@link #seed} made for the writes on those resources,
	 * by the path they live under.
	 */
	private final Map<String, String> resourceIds = new HashMap<>();

	FuzzTargets(ApiDocument document, ApiClient client, FilmDocuments documents, JdbcTemplate jdbc) {
		this.document = document;
		this.bodies = new ExampleBodies(document);
		this.client = client;
		this.documents = documents;
		this.jdbc = jdbc;
	}

	/**
	 * A valid body for the operation, as the documented examples make it; a document's
	 * imdbId is the document film's.
	 */
	JsonNode body(Operation operation) {
		JsonNode body = this.bodies.of(operation.bodySchema());
		if (body instanceof ObjectNode object && object.has("imdbId")) {
			if (operation.path().startsWith("/api/v1/people") || operation.path().startsWith("/api/v1/companies")) {
				// the examples' IMDb ids are the demo film's people and companies: taken
				object.putNull("imdbId");
			}
			else {
				object.put("imdbId", DOCUMENT_FILM);
			}
		}
		return body;
	}

	/**
	 * Makes both films afresh and adds one item to every section that takes POST, with
	 * the documented example body.
	 * @return the sections whose example body was refused
	 */
	List<String> seed(String adminKey) {
		remove();
		this.documents.upsert(FilmDocumentBuilder.film(SECTION_FILM, "Fuzz Target").build());
		this.documents.upsert(FilmDocumentBuilder.film(DOCUMENT_FILM, "Fuzz Document").build());
		this.itemIds.clear();
		this.resourceIds.clear();
		List<String> refused = new ArrayList<>();
		create(adminKey, "/api/v1/people", "{\"name\":\"%s\"}".formatted(TARGET_NAME), refused);
		create(adminKey, "/api/v1/companies", "{\"name\":\"%s\"}".formatted(TARGET_NAME), refused);
		create(adminKey, "/api/v1/lists", "{\"title\":\"%s\"}".formatted(TARGET_NAME), refused);
		Answer boxOffice = this.client.send(Request.of("PUT", "/api/v1/films/" + SECTION_FILM + "/box-office")
			.header("Authorization", adminKey)
			.body("{\"budget\":{\"amount\":30000000,\"currency\":\"USD\"},\"budgetEstimated\":true}",
					"application/json"));
		if (boxOffice.status() != 201) {
			refused.add("PUT box-office " + boxOffice.status() + " " + boxOffice.body());
		}
		for (Operation operation : this.document.operations()) {
			Matcher section = Pattern.compile("/api/v1/films/\\{id}/([a-z-]+(?:/[a-z-]+)?)").matcher(operation.path());
			if (!"POST".equals(operation.method()) || !section.matches()) {
				continue;
			}
			Request request = Request.of("POST", fill(operation, Map.of()))
				.header("Authorization", adminKey)
				.body(body(operation).toString(), operation.bodyType());
			Answer answer = this.client.send(request);
			String location = answer.headers().get("Location");
			if (answer.status() == 201 && location != null) {
				String path = URI.create(location).getPath();
				this.itemIds.put(section.group(1), path.substring(path.lastIndexOf('/') + 1));
			}
			else {
				refused.add(operation + " " + answer.status() + " " + answer.body());
			}
		}
		return refused;
	}

	private void create(String adminKey, String collection, String body, List<String> refused) {
		Answer answer = this.client
			.send(Request.of("POST", collection).header("Authorization", adminKey).body(body, "application/json"));
		String location = answer.headers().get("Location");
		if (answer.status() == 201 && location != null) {
			String path = URI.create(location).getPath();
			this.resourceIds.put(collection + "/", path.substring(path.lastIndexOf('/') + 1));
		}
		else {
			refused.add("POST " + collection + " " + answer.status() + " " + answer.body());
		}
	}

	private void delete(String table, String path, String nameColumn) {
		long id = Long.parseLong(this.resourceIds.getOrDefault(path, "0"));
		this.jdbc.update("DELETE FROM " + table + " WHERE id = ? OR " + nameColumn + " = ?", id, TARGET_NAME);
	}

	boolean hasItem(String section) {
		return this.itemIds.containsKey(section);
	}

	/**
	 * The id of the item {@link #seed} added to the section of {@link #SECTION_FILM}.
	 */
	String itemId(String section) {
		return this.itemIds.get(section);
	}

	void remove() {
		this.jdbc.update("DELETE FROM film WHERE imdb_id IN (?, ?)", SECTION_FILM, DOCUMENT_FILM);
		// by id too: an accepted write may have renamed them
		delete("film_list", "/api/v1/lists/", "title");
		delete("person", "/api/v1/people/", "name");
		delete("company", "/api/v1/companies/", "name");
	}

	/**
	 * The operation's URI with every path parameter set as the operation would be used,
	 * except those given, which are sent as they are (percent-encoded), plus its required
	 * query parameters.
	 */
	String fill(Operation operation, Map<String, String> overrides) {
		Matcher matcher = PARAMETER.matcher(operation.path());
		StringBuilder uri = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = overrides.containsKey(name) ? overrides.get(name) : value(operation, name);
			matcher.appendReplacement(uri, Matcher.quoteReplacement(UriUtils.encodePathSegment(value, "UTF-8")));
		}
		matcher.appendTail(uri);
		String separator = "?";
		for (JsonNode parameter : operation.parameters("query")) {
			if (parameter.path("required").asBoolean(false) && parameter.has("example")) {
				uri.append(separator)
					.append(parameter.get("name").asString())
					.append('=')
					.append(UriUtils.encodeQueryParam(parameter.get("example").asString(), "UTF-8"));
				separator = "&";
			}
		}
		return uri.toString();
	}

	private String value(Operation operation, String name) {
		if (operation.isRead() && operation.path().equals("/api/v1/films/{id}/episodes")) {
			// the example is a series (Friends), which the demo data lacks; the demo
			// film has no episodes: an empty page
			return "tt3783958";
		}
		if (operation.isRead()) {
			for (JsonNode parameter : operation.parameters("path")) {
				if (name.equals(parameter.path("name").asString()) && parameter.has("example")) {
					return parameter.get("example").asString();
				}
			}
		}
		if (operation.path().startsWith("/api/v1/admin/")) {
			return NO_SUCH_KEY;
		}
		if ("imdbId".equals(name)) {
			return DOCUMENT_FILM;
		}
		if ("id".equals(name)) {
			for (Map.Entry<String, String> resource : this.resourceIds.entrySet()) {
				if (operation.path().startsWith(resource.getKey())) {
					return resource.getValue();
				}
			}
		}
		if ("itemId".equals(name)) {
			Matcher section = SECTION_ITEM.matcher(operation.path());
			return (section.matches()) ? this.itemIds.getOrDefault(section.group(1), NO_SUCH_KEY) : NO_SUCH_KEY;
		}
		return SECTION_FILM;
	}

}
