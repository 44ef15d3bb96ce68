package dev.marquee.support.web;

import java.util.Map;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;

/**
 * The example of every merge patch in the API document: one field changed on the demo
 * film's data, as a client patches, so Swagger UI's "Try it out" starts from a patch that
 * changes what it says rather than from every field of the schema. Keyed by the patch
 * schema's name ({@link ContractSchemas}); an operation that names its own example keeps
 * it.
 */
final class PatchExamples {

	private static final Map<String, Example> EXAMPLES = Map.ofEntries(
			example("FilmPatch", "runtime corrected", Map.of("runtimeMinutes", 128)),
			example("CastMemberPatch", "billed second", Map.of("billingOrder", 2)),
			example("CrewMemberPatch", "credited as on screen", Map.of("creditedAs", "Damien Chazelle")),
			example("TriviaPatch", "marked as a spoiler", Map.of("spoiler", true)),
			example("GoofPatch", "marked as a spoiler", Map.of("spoiler", true)),
			example("CrazyCreditPatch", "text reworded",
					Map.of("text", "The opening titles announce the film \"in CinemaScope\".")),
			example("ConnectionPatch", "note added", Map.of("note", "Seb swings around a lamp post")),
			example("SoundtrackPatch", "title corrected", Map.of("title", "City of Stars")),
			example("ReviewPatch", "featured", Map.of("featured", true)),
			example("AwardNominationPatch", "note added", Map.of("note", "shared with Benj Pasek and Justin Paul")),
			example("ReleaseDatePatch", "note added", Map.of("note", "Venice Film Festival")),
			example("AlternateTitlePatch", "title corrected", Map.of("title", "La La Land: Cantando Estações")),
			example("LocationPatch", "note added", Map.of("note", "the pier where Seb sings \"City of Stars\"")),
			example("CompanyCreditPatch", "note added", Map.of("note", "in association with")),
			example("TaglinePatch", "text corrected", Map.of("text", "Here's to the fools who dream.")),
			example("KeywordPatch", "renamed", Map.of("name", "jazz club")),
			example("CertificationPatch", "reason added", Map.of("note", "for some language")),
			example("TranslationPatch", "tagline translated", Map.of("tagline", "Ein Hoch auf die Träumer.")),
			example("VideoPatch", "marked official", Map.of("official", true)),
			example("PersonPatch", "birth year added", Map.of("birthYear", 1988)),
			example("ListPatch", "description changed", Map.of("description", "Musicals of the 2010s")),
			example("CompanyPatch", "country added", Map.of("country", "US")),
			example("ImagePatch", "made the primary one", Map.of("primary", true)));

	private PatchExamples() {
	}

	/**
	 * Gives {@code media}, the body of a merge patch to {@code schema}, its example
	 * unless it has one.
	 */
	static void add(String schema, MediaType media) {
		Example example = EXAMPLES.get(schema);
		if (example != null && media.getExample() == null
				&& (media.getExamples() == null || media.getExamples().isEmpty())) {
			media.addExamples(example.getSummary(), example);
		}
	}

	private static Map.Entry<String, Example> example(String schema, String summary, Map<String, Object> value) {
		return Map.entry(schema, new Example().summary(summary).value(value));
	}

}
