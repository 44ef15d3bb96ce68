package dev.marquee.reliability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.testdata.AdminCalls;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.marquee.testdata.AdminCalls.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every CHECK and UNIQUE constraint of the schema (and every unique index), read from
 * PostgreSQL's catalog, is provoked through the API: the request that would break it is
 * refused before it reaches the database, 400 naming the field or 409 naming the holder,
 * never a 500 or a "retry". A constraint added tomorrow fails
 * {@link #everyConstraintIsCovered} until it gets a request here, or a reason why no
 * request can reach it. Data here: tt9520001 and up, nm9520001, co9520001, the list
 * "Guard list 952".
 */
@MarqueeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConstraintGuardTests {

	/**
	 * CHECK and UNIQUE constraints, and unique indexes that back no constraint, of every
	 * table but Flyway's own.
	 */
	static final String CATALOG = """
			select c.conname from pg_constraint c join pg_class t on t.oid = c.conrelid
			  join pg_namespace n on n.oid = t.relnamespace
			 where n.nspname = current_schema() and c.contype in ('c', 'u') and t.relname <> 'flyway_schema_history'
			union
			select i.relname from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
			  join pg_namespace n on n.oid = t.relnamespace
			 where n.nspname = current_schema() and x.indisunique and not x.indisprimary
			   and t.relname <> 'flyway_schema_history'
			   and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
			""";

	/**
	 * Constraints no request can break, and why.
	 */
	static final Map<String, String> UNREACHABLE = Map.ofEntries(
			Map.entry("film_season_number_non_negative", "season numbers are written by the IMDb import only"),
			Map.entry("film_episode_number_non_negative", "episode numbers are written by the IMDb import only"),
			Map.entry("film_official_site_position_key", "the server numbers a film's official sites 1..n"),
			Map.entry("company_credit_position_positive", "the server numbers company credits 1..n within a role"),
			Map.entry("crew_credit_position_positive", "the server numbers crew credits 1..n within a department"),
			Map.entry("soundtrack_position_positive", "the server numbers soundtracks 1..n"),
			Map.entry("soundtrack_credit_position_positive", "the server numbers a soundtrack's lines 1..n"),
			Map.entry("film_list_item_position_key",
					"the server shifts positions when it inserts or removes (checked at commit)"),
			Map.entry("box_office_film_key", "a film's box office is one resource, replaced in place"),
			Map.entry("award_summary_film_key", "a film's award summary is one resource, replaced in place"),
			Map.entry("change_event_action_check", "the server writes the change feed's actions"),
			Map.entry("idempotency_key_fingerprint_length", "the server computes the SHA-256 fingerprint"),
			Map.entry("api_key_hash_key", "the server generates keys (256 random bits) and stores their hash"),
			Map.entry("api_key_hash_length", "the server stores a key's SHA-256 hash"),
			Map.entry("import_job_state_check", "the server moves a job through its states"),
			Map.entry("import_job_source_check", "the server names a job's source from the request's form"),
			Map.entry("search_outbox_kind_known", "triggers record films and people in the search outbox"),
			Map.entry("search_state_singleton", "the search state is one row that migrations create"),
			Map.entry("keyword_slug_key",
					"keywords are matched by slug: the server inserts one only when no keyword has the slug"));

	/**
	 * The image tables' constraints: every value but kind and language is the server's
	 * own (hashes, sizes, formats, the store a file is in, owners, the one primary
	 * image), and those two are refused before the database (ImageRefusalTests,
	 * ImageUploadTests).
	 */
	static final List<String> IMAGES_SET_BY_THE_SERVER = List.of("image_file_format_check", "image_file_sha256_check",
			"image_file_width_check", "image_file_height_check", "image_variant_size_check",
			"image_variant_width_check", "image_variant_height_check", "image_one_owner", "image_primary_key",
			"image_kind_of_owner", "image_language_check", "image_file_store_check");

	private static final String NEW_FILM = "tt9520009";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private AdminCalls admin;

	private long listId;

	@BeforeAll
	void createTheHolders() {
		this.admin = new AdminCalls(this.mvc, TestKeys.admin(this.keys), "guard");
		assertThat(this.admin.put("/api/v1/films/tt9520001/document", null,
				this.json.writeValueAsString(FilmDocumentBuilder.film("tt9520001", "Guard holder")
					.externalIds(952001, "Q952001")
					.list("Guard list 952")
					.build())))
			.hasStatus(201);
		assertThat(this.admin.post("/api/v1/people", "{\"imdbId\":\"nm9520001\",\"name\":\"Guard Person\"}"))
			.hasStatus(201);
		assertThat(this.admin.post("/api/v1/companies", "{\"imdbId\":\"co9520001\",\"name\":\"Guard Company\"}"))
			.hasStatus(201);
		this.listId = this.jdbc.queryForObject("select id from film_list where title = 'Guard list 952'", Long.class);
	}

	@AfterAll
	void deleteTheHolders() {
		this.jdbc.update("delete from film where imdb_id like 'tt95200%'");
		this.jdbc.update("delete from film_list where title like 'Guard list 952%'");
		this.jdbc.update("delete from person where imdb_id = 'nm9520001'");
		this.jdbc.update("delete from company where imdb_id = 'co9520001'");
	}

	@Test
	void everyConstraintIsCovered() {
		Set<String> catalog = new TreeSet<>(this.jdbc.queryForList(CATALOG, String.class));
		Set<String> covered = new TreeSet<>(provocations().keySet());
		covered.addAll(UNREACHABLE.keySet());
		covered.addAll(IMAGES_SET_BY_THE_SERVER);

		assertThat(catalog).as("constraints with no provoking request here (add one, or a reason in UNREACHABLE)")
			.isSubsetOf(covered);
		assertThat(covered).as("entries here for constraints the schema no longer has").isSubsetOf(catalog);
		new Figures("constraints").put("catalog", catalog.size())
			.put("provokedThroughTheApi", provocations().size())
			.put("unreachable", UNREACHABLE.size())
			.report();
	}

	@TestFactory
	Stream<DynamicTest> everyConstraintIsRefusedThroughTheApiBeforeTheDatabase() {
		return provocations().entrySet()
			.stream()
			.map((entry) -> DynamicTest.dynamicTest(entry.getKey(), () -> entry.getValue().check(this)));
	}

	private Map<String, Provocation> provocations() {
		Map<String, Provocation> all = new LinkedHashMap<>();
		// film
		all.put("film_imdb_id_pattern",
				post("/api/v1/films", "{\"imdbId\":\"xx123\",\"title\":\"T\",\"type\":\"movie\"}", "imdbId",
						"must match \\\"tt[0-9]{7,10}\\\""));
		all.put("film_imdb_id_key", conflict("POST", "/api/v1/films",
				"{\"imdbId\":\"tt9520001\",\"title\":\"T\",\"type\":\"movie\"}",
				"There is already a film with IMDb id tt9520001 (/api/v1/films/tt9520001); change that one or choose another key",
				null));
		all.put("film_tmdb_id_key", conflict("PUT", "/externalIds/tmdb", "952001",
				"There is already a film with TMDB id 952001 (/api/v1/films/tt9520001); change that one or choose another value",
				"[{\"name\":\"externalIds.tmdb\",\"in\":\"body\",\"message\":\"is the TMDB id of film tt9520001\"}]"));
		all.put("film_wikidata_id_key", conflict("PUT", "/externalIds/wikidata", "\"Q952001\"",
				"There is already a film with Wikidata id Q952001 (/api/v1/films/tt9520001); change that one or choose another value",
				"[{\"name\":\"externalIds.wikidata\",\"in\":\"body\",\"message\":\"is the Wikidata id of film tt9520001\"}]"));
		all.put("film_tmdb_id_positive",
				document("/externalIds/tmdb", "0", "externalIds.tmdb", "must be greater than 0"));
		all.put("film_wikidata_id_pattern", document("/externalIds/wikidata", "\"P31\"", "externalIds.wikidata",
				"must match \\\"Q[1-9][0-9]*\\\""));
		all.put("film_title_length",
				document("/title", "\"" + "x".repeat(1001) + "\"", "title", "size must be between 0 and 1000"));
		all.put("film_type_known", document("/type", "\"opera\"", "type",
				"unknown value 'opera'; expected one of movie, short, tvSeries, tvMiniSeries, tvEpisode, tvMovie, tvSpecial, tvShort, tvPilot, video, videoGame"));
		all.put("film_release_year_range",
				document("/releaseYear", "2101", "releaseYear", "must be less than or equal to 2100"));
		all.put("film_end_year_range",
				document("/endYear", "1999", "endYear", "must not be before releaseYear", "/releaseYear", "2000"));
		all.put("film_runtime_positive", document("/runtimeMinutes", "0", "runtimeMinutes", "must be greater than 0"));
		all.put("film_countries_iso",
				document("/countries", "[\"USA\"]", "countries[0]", "must match \\\"[A-Z]{2}\\\""));
		all.put("film_languages_iso",
				document("/languages", "[\"EN\"]", "languages[0]", "must match \\\"[a-z]{2,3}\\\""));
		all.put("film_rating_range",
				document("/rating/average", "10.5", "rating.average", "must be less than or equal to 10"));
		all.put("film_rating_votes_non_negative",
				document("/rating/votes", "-1", "rating.votes", "must be greater than or equal to 0"));
		all.put("film_official_site_url_http", document("/officialSites", "[{\"label\":\"L\",\"url\":\"ftp://x\"}]",
				"officialSites[0].url", "must match \\\"https?://\\\\S+\\\""));
		// people and companies
		all.put("person_imdb_id_key", conflict("POST", "/api/v1/people", "{\"imdbId\":\"nm9520001\",\"name\":\"P\"}",
				"There is already a person with IMDb id nm9520001 (/api/v1/people/nm9520001); change that one or choose another key",
				null));
		all.put("person_imdb_id_pattern", post("/api/v1/people", "{\"imdbId\":\"tt9520001\",\"name\":\"P\"}", "imdbId",
				"must match \\\"nm[0-9]{7,10}\\\""));
		all.put("person_name_length", post("/api/v1/people", "{\"name\":\"\"}", "name", "must not be blank"));
		all.put("person_birth_year_range", post("/api/v1/people", "{\"name\":\"P\",\"birthYear\":1699}", "birthYear",
				"must be greater than or equal to 1700"));
		all.put("person_death_year_range", post("/api/v1/people",
				"{\"name\":\"P\",\"birthYear\":1950,\"deathYear\":1949}", "deathYear", "must not be before birthYear"));
		all.put("company_imdb_id_key", conflict("POST", "/api/v1/companies",
				"{\"imdbId\":\"co9520001\",\"name\":\"C\"}",
				"There is already a company with IMDb id co9520001 (/api/v1/companies/co9520001); change that one or choose another key",
				null));
		all.put("company_imdb_id_pattern", post("/api/v1/companies", "{\"imdbId\":\"nm9520001\",\"name\":\"C\"}",
				"imdbId", "must match \\\"co[0-9]{7,10}\\\""));
		all.put("company_country_iso", post("/api/v1/companies", "{\"name\":\"C\",\"country\":\"usa\"}", "country",
				"must match \\\"[A-Z]{2}\\\""));
		all.put("company_name_length", post("/api/v1/companies", "{\"name\":\" \"}", "name", "must not be blank"));
		all.put("company_credit_role_known", document("/companies",
				"[{\"company\":{\"name\":\"C\"},\"role\":\"catering\"}]", "companies[0].role",
				"unknown value 'catering'; expected one of production, distribution, sales, special_effects, other"));
		// lists
		all.put("film_list_title_length", post("/api/v1/lists", "{\"title\":\"\"}", "title", "must not be blank"));
		all.put("film_list_title_key", conflict("POST", "/api/v1/lists", "{\"title\":\"Guard list 952\"}",
				"There is already a list titled 'Guard list 952' (/api/v1/lists/LIST); change that one or choose another key",
				null));
		all.put("film_list_item_position_positive", post("/api/v1/lists/LIST/items",
				"{\"imdbId\":\"tt9520001\",\"position\":0}", "position", "must be greater than or equal to 1"));
		all.put("film_list_item_film_key", conflict("POST", "/api/v1/lists/LIST/items", "{\"imdbId\":\"tt9520001\"}",
				"There is already film tt9520001 on list LIST (at position 1) (/api/v1/lists/LIST); change that one or choose another key",
				null));
		// sections
		all.put("cast_credit_billing_order_positive",
				document("/cast", "[{\"person\":{\"name\":\"P\"},\"characters\":[],\"billingOrder\":0}]",
						"cast[0].billingOrder", "must be greater than 0"));
		all.put("crew_credit_department_known", document("/crew",
				"[{\"person\":{\"name\":\"P\"},\"department\":\"catering\",\"job\":\"Cook\"}]", "crew[0].department",
				"unknown value 'catering'; expected one of directing, writing, producing, music, cinematography, editing, casting, production_design, art, costume, makeup, sound, visual_effects, special_effects, stunts, camera, choreography, other"));
		all.put("trivia_text_length",
				document("/trivia", "[{\"text\":\"\",\"spoiler\":false,\"interestingVotes\":0,\"totalVotes\":0}]",
						"trivia[0].text", "must not be blank"));
		all.put("trivia_votes_range",
				document("/trivia", "[{\"text\":\"T\",\"spoiler\":false,\"interestingVotes\":2,\"totalVotes\":1}]",
						"trivia[0].interestingVotesWithinTotal", "interestingVotes must not exceed totalVotes"));
		all.put("goof_category_known", document("/goofs", "[{\"category\":\"typo\",\"text\":\"T\",\"spoiler\":false}]",
				"goofs[0].category",
				"unknown value 'typo'; expected one of anachronism, audio_visual_unsynchronized, boom_mic_visible, character_error, continuity, crew_or_equipment_visible, errors_in_geography, factual_error, incorrectly_regarded_as_goofs, miscellaneous, plot_hole, revealing_mistake"));
		all.put("goof_text_length",
				document("/goofs", "[{\"category\":\"continuity\",\"text\":\"\",\"spoiler\":false}]", "goofs[0].text",
						"must not be blank"));
		all.put("crazy_credit_text_length",
				document("/crazyCredits", "[{\"text\":\"\"}]", "crazyCredits[0].text", "must not be blank"));
		all.put("connection_kind_known", document("/connections",
				"[{\"kind\":\"inspired\",\"related\":{\"title\":\"R\"}}]", "connections[0].kind",
				"unknown value 'inspired'; expected one of follows, followed_by, remake_of, remade_as, version_of, references, referenced_in, features, featured_in, spoofs, spoofed_in, edited_from, edited_into, spin_off_from, spin_off"));
		all.put("connection_related_imdb_id_pattern",
				document("/connections", "[{\"kind\":\"references\",\"related\":{\"imdbId\":\"nm1\",\"title\":\"R\"}}]",
						"connections[0].related.imdbId", "must match \\\"tt[0-9]{7,10}\\\""));
		all.put("connection_related_year_range",
				document("/connections",
						"[{\"kind\":\"references\",\"related\":{\"title\":\"R\",\"releaseYear\":1869}}]",
						"connections[0].related.releaseYear", "must be greater than or equal to 1870"));
		all.put("soundtrack_credit_role_known", document("/soundtracks",
				"[{\"title\":\"S\",\"credits\":[{\"role\":\"hummed_by\",\"text\":\"T\"}]}]",
				"soundtracks[0].credits[0].role",
				"unknown value 'hummed_by'; expected one of written_by, music_by, lyrics_by, performed_by, produced_by, arranged_by, courtesy_of, by_arrangement_with, under_license_from, other"));
		String review = "{\"title\":\"R\",\"body\":\"B\",\"author\":\"A\",\"publishedOn\":\"2020-01-01\",\"spoiler\":false,"
				+ "\"helpfulVotes\":0,\"unhelpfulVotes\":0,\"featured\":false,";
		all.put("review_rating_range", document("/reviews", "[" + review + "\"rating\":11}]", "reviews[0].rating",
				"must be less than or equal to 10"));
		all.put("review_votes_non_negative",
				document("/reviews",
						"[" + review.replace("\"helpfulVotes\":0", "\"helpfulVotes\":-1") + "\"rating\":null}]",
						"reviews[0].helpfulVotes", "must be greater than or equal to 0"));
		all.put("review_body_length",
				document("/reviews", "[" + review.replace("\"body\":\"B\"", "\"body\":\"\"") + "\"rating\":null}]",
						"reviews[0].body", "must not be blank"));
		all.put("review_title_length",
				document("/reviews", "[" + review.replace("\"title\":\"R\"", "\"title\":\" \"") + "\"rating\":null}]",
						"reviews[0].title", "must not be blank"));
		Map.of("budget", "box_office_budget_money", "grossDomestic", "box_office_gross_domestic_money",
				"openingWeekendDomestic", "box_office_opening_weekend_money", "grossWorldwide",
				"box_office_gross_worldwide_money")
			.forEach((money, constraint) -> all.put(constraint,
					document("/boxOffice",
							"{\"budgetEstimated\":false,\"" + money + "\":{\"amount\":-1,\"currency\":\"USD\"}}",
							"boxOffice." + money + ".amount", "must be greater than or equal to 0")));
		String nomination = "{\"event\":\"E\",\"category\":\"C\",\"nominees\":[],";
		all.put("award_nomination_outcome_known",
				document("/awards/nominations", "[" + nomination + "\"year\":2000,\"outcome\":\"shortlisted\"}]",
						"awards.nominations[0].outcome",
						"unknown value 'shortlisted'; expected one of won, nominated"));
		all.put("award_nomination_year_range",
				document("/awards/nominations", "[" + nomination + "\"year\":1869,\"outcome\":\"won\"}]",
						"awards.nominations[0].year", "must be greater than or equal to 1870"));
		all.put("award_summary_counts", document("/awards/summary", "{\"wins\":-1,\"nominations\":0}",
				"awards.summary.wins", "must be greater than or equal to 0"));
		all.put("alternate_title_region_iso",
				document("/alternateTitles",
						"[{\"title\":\"A\",\"region\":\"usa\",\"types\":[],\"attributes\":[],\"original\":false}]",
						"alternateTitles[0].region", "must match \\\"[A-Z]{2,4}\\\""));
		all.put("alternate_title_language_iso", document("/alternateTitles",
				"[{\"title\":\"A\",\"language\":\"english\",\"types\":[],\"attributes\":[],\"original\":false}]",
				"alternateTitles[0].language", "must match \\\"[a-z]{2,3}\\\""));
		all.put("release_date_country_iso", document("/releaseDates", "[{\"country\":\"usa\",\"date\":\"2020-01-01\"}]",
				"releaseDates[0].country", "must match \\\"[A-Z]{2}\\\""));
		// API keys
		all.put("api_key_role_check", post("/api/v1/admin/api-keys", "{\"name\":\"K\",\"role\":\"owner\"}", "role",
				"unknown value 'owner'; expected one of reader, admin"));
		all.put("api_key_name_length",
				post("/api/v1/admin/api-keys", "{\"name\":\"\",\"role\":\"reader\"}", "name", "must not be blank"));
		// storyline
		all.put("tagline_text_length",
				document("/taglines", "[{\"text\":\"\"}]", "taglines[0].text", "must not be blank"));
		String certification = "{\"country\":\"US\",\"rating\":\"PG-13\",\"releaseType\":null,\"note\":null,";
		all.put("certification_country_iso", document("/certifications", "[" + certification + "\"country\":\"USA\"}]",
				"certifications[0].country", "must match \\\"[A-Z]{2}\\\""));
		all.put("certification_rating_length", document("/certifications", "[" + certification + "\"rating\":\"\"}]",
				"certifications[0].rating", "must not be blank"));
		all.put("certification_release_type_known", document("/certifications",
				"[" + certification + "\"releaseType\":\"cinema\"}]", "certifications[0].releaseType",
				"unknown value 'cinema'; expected one of premiere, theatrical_limited, theatrical, digital, physical, tv"));
		all.put("certification_note_length",
				document("/certifications", "[" + certification + "\"note\":\"" + "n".repeat(501) + "\"}]",
						"certifications[0].note", "size must be between 0 and 500"));
		all.put("keyword_slug_form", document("/keywords", "[{\"slug\":\"Jazz\",\"name\":\"jazz\"}]",
				"keywords[0].slug", "must be lower-case letters and digits, words joined by - (jazz-musician)"));
		all.put("keyword_name_length", document("/keywords", "[{\"name\":\"" + "k".repeat(101) + "\"}]",
				"keywords[0].name", "size must be between 0 and 100"));
		all.put("film_keyword_once", document("/keywords", "[{\"name\":\"jazz\"},{\"name\":\"Jazz\"}]",
				"keywords[1].slug", "names the same keyword as keywords[0]; a film has a keyword once"));
		String video = "{\"kind\":\"trailer\",\"site\":\"youtube\",\"key\":\"abc\",\"url\":null,\"name\":\"V\","
				+ "\"language\":null,\"official\":false,\"publishedOn\":null,";
		all.put("video_kind_known", document("/videos", "[" + video + "\"kind\":\"bloopers\"}]", "videos[0].kind",
				"unknown value 'bloopers'; expected one of trailer, teaser, clip, featurette"));
		all.put("video_site_known", document("/videos", "[" + video + "\"site\":\"dailymotion\"}]", "videos[0].site",
				"unknown value 'dailymotion'; expected one of youtube, vimeo, web"));
		all.put("video_key_or_url", document("/videos", "[" + video + "\"key\":null}]", "videos[0].key",
				"must be given for a youtube video"));
		all.put("video_url_https",
				document("/videos", "[" + video + "\"site\":\"web\",\"key\":null,\"url\":\"http://x\"}]",
						"videos[0].url", "must be an https URL"));
		all.put("video_key_form", document("/videos", "[" + video + "\"key\":\"a b\"}]", "videos[0].key",
				"must match \\\"[A-Za-z0-9_-]+\\\""));
		all.put("video_name_length",
				document("/videos", "[" + video + "\"name\":\"\"}]", "videos[0].name", "must not be blank"));
		all.put("video_language_iso", document("/videos", "[" + video + "\"language\":\"EN\"}]", "videos[0].language",
				"must match \\\"[a-z]{2,3}\\\""));
		String translation = "{\"language\":\"de\",\"title\":\"T\",\"plot\":null,\"tagline\":null,";
		all.put("film_translation_once",
				document("/translations", "[" + translation + "\"title\":\"A\"}," + translation + "\"title\":\"B\"}]",
						"translations[1].language",
						"names the same language as translations[0]; a film has one translation per language"));
		all.put("film_translation_language_form",
				document("/translations", "[" + translation + "\"language\":\"pt-br\"}]", "translations[0].language",
						"must be a BCP 47 language tag in canonical case (de, pt-BR, zh-Hant-TW)"));
		all.put("film_translation_some_text", document("/translations", "[" + translation + "\"title\":null}]",
				"translations[0].title", "a translation gives at least one of title, plot and tagline"));
		all.put("film_translation_title_length", document("/translations", "[" + translation + "\"title\":\"\"}]",
				"translations[0].title", "size must be between 1 and 1000"));
		all.put("film_translation_plot_length", document("/translations", "[" + translation + "\"plot\":\"\"}]",
				"translations[0].plot", "size must be between 1 and 20000"));
		all.put("film_translation_tagline_length", document("/translations", "[" + translation + "\"tagline\":\"\"}]",
				"translations[0].tagline", "size must be between 1 and 1000"));
		return all;
	}

	/**
	 * A request and the whole problem it must get; nothing may change.
	 */
	interface Provocation {

		void check(ConstraintGuardTests test) throws Exception;

	}

	private static Provocation post(String path, String body, String field, String message) {
		return (test) -> {
			String uri = test.uri(path);
			assertProblem(test.admin.post(uri, body), 400, invalid(uri, field, message));
		};
	}

	/**
	 * The document of a new film with one value changed (and, optionally, a second one).
	 */
	private static Provocation document(String pointer, String value, String field, String message, String... also) {
		return (test) -> {
			String uri = "/api/v1/films/" + NEW_FILM + "/document";
			assertProblem(test.put(pointer, value, also), 400, invalid(uri, field, message));
			assertThat(test.jdbc.queryForObject("select count(*) from film where imdb_id = ?", Long.class, NEW_FILM))
				.isZero();
		};
	}

	private static Provocation conflict(String method, String pathOrPointer, String body, String detail,
			String errors) {
		return (test) -> {
			MvcTestResult result;
			String uri;
			if (method.equals("PUT")) {
				uri = "/api/v1/films/" + NEW_FILM + "/document";
				result = test.put(pathOrPointer, body);
			}
			else {
				uri = test.uri(pathOrPointer);
				result = test.admin.post(uri, body);
			}
			assertProblem(result, 409, """
					{"type":"/problems/conflict","title":"Conflict","status":409,"detail":"%s","instance":"%s",
					 "code":"conflict","correlationId":"guard"%s}""".formatted(test.uri(detail), uri,
					(errors != null) ? ",\"errors\":" + errors : ""));
		};
	}

	private static String invalid(String uri, String field, String message) {
		return """
				{"type":"/problems/invalid-body","title":"Invalid request body","status":400,
				 "detail":"The request body has 1 invalid field: %s","instance":"%s","code":"invalid-body",
				 "correlationId":"guard","errors":[{"name":"%s","in":"body","message":"%s"}]}""".formatted(field, uri,
				field, message);
	}

	private String uri(String path) {
		return path.replace("LIST", String.valueOf(this.listId));
	}

	private MvcTestResult put(String pointer, String value, String... also) {
		ObjectNode document = this.json.valueToTree(FilmDocumentBuilder.film(NEW_FILM, "Guard").build());
		set(document, pointer, value);
		for (int i = 0; i < also.length; i += 2) {
			set(document, also[i], also[i + 1]);
		}
		return this.admin.put("/api/v1/films/" + NEW_FILM + "/document", null, this.json.writeValueAsString(document));
	}

	private void set(ObjectNode document, String pointer, String value) {
		JsonPointer at = JsonPointer.compile(pointer);
		JsonNode parent = document.at(at.head());
		JsonNode parsed = this.json.readTree(value);
		if (parent instanceof ObjectNode object) {
			object.set(at.last().getMatchingProperty(), parsed);
		}
		else if (parent instanceof ArrayNode array) {
			array.set(at.last().getMatchingIndex(), parsed);
		}
		else {
			document.set(at.last().getMatchingProperty(), parsed);
		}
	}

}
