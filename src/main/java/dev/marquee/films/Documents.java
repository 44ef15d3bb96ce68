package dev.marquee.films;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.marquee.image.ImageDocuments;
import dev.marquee.section.TitlePageSection;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a title page with every section into its film document: the same JSON less what
 * the server assigns, at every depth. Deriving the document from the include=all answer
 * keeps the two shapes equal by construction.
 */
final class Documents {

	/**
	 * What the server assigns, and what imports alone write (an episode's series, season
	 * and number), so the document stays what a PUT accepts.
	 */
	static final Set<String> SERVER_ASSIGNED = Set.of("id", "version", "createdAt", "updatedAt", "episodeOf");

	/**
	 * The title page's images, which a document holds as the files they show
	 * ({@link ImageDocuments#of}).
	 */
	static final String IMAGES = "images";

	/**
	 * The films like the film, which a document leaves out: they are other films, ranked
	 * by what they share with it, not a part of it.
	 */
	static final String SIMILAR = "similar";

	private Documents() {
	}

	/**
	 * The sections a document holds: every section of the title page but the films like
	 * it.
	 */
	static List<TitlePageSection> sections(List<TitlePageSection> titlePage) {
		return titlePage.stream().filter((section) -> !section.embedding().name().equals(SIMILAR)).toList();
	}

	static JsonNode of(FilmView view, JsonMapper mapper) {
		Map<String, @Nullable Object> sections = new LinkedHashMap<>(view.embeddedSections());
		if (sections.containsKey(IMAGES)) {
			sections.put(IMAGES, ImageDocuments.of(sections.get(IMAGES)));
		}
		JsonNode node = mapper.valueToTree(view.withSections(sections));
		strip(node);
		return node;
	}

	private static void strip(JsonNode node) {
		if (node instanceof ObjectNode object) {
			SERVER_ASSIGNED.forEach(object::remove);
		}
		for (JsonNode child : node.values()) {
			strip(child);
		}
	}

}
