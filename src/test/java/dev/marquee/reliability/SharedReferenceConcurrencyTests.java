package dev.marquee.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.credit.Department;
import dev.marquee.testdata.FilmDocumentBuilder;
import dev.marquee.testdata.TestKeys;
import dev.marquee.films.FilmDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes of different films that name the same new people, companies and lists, all at
 * once: every write succeeds, and each person, company and list exists once, created once
 * in the change feed, with the films on a list in distinct places. Films
 * tt9131000-tt9131010, people nm9131001, companies co9131001.
 */
@MarqueeTest
class SharedReferenceConcurrencyTests {

	private static final int FILMS = 8;

	private static final String NAMED_PERSON = "Ysolde Parrintawk";

	private static final String OTHER_NAMED_PERSON = "Brannoch Elderquist";

	private static final String IMDB_PERSON = "nm9131001";

	private static final String NAMED_COMPANY = "Vexbarrow Pictures";

	private static final String IMDB_COMPANY = "co9131001";

	private static final String NEW_LIST = "Concurrent writers' new list";

	private static final String EXISTING_LIST = "Concurrent writers' existing list";

	private static final String WARM_UP = "Concurrent writers' warm-up";

	private static final String CAST_FILM = "tt9131010";

	private static final String CAST_PERSON = "Odalric Fenwhistle";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	FilmDocuments documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	private String admin;

	@BeforeEach
	void setUp() {
		this.admin = TestKeys.admin(this.keys);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from film where imdb_id like 'tt91310%' or imdb_id = ?", CAST_FILM);
		this.jdbc.update("delete from person where name in (?, ?, ?) or imdb_id = ?", NAMED_PERSON, OTHER_NAMED_PERSON,
				CAST_PERSON, IMDB_PERSON);
		this.jdbc.update("delete from company where name = ? or imdb_id = ?", NAMED_COMPANY, IMDB_COMPANY);
		this.jdbc.update("delete from film_list where title in (?, ?)", NEW_LIST, EXISTING_LIST);
	}

	/**
	 * Eight new films, each naming the same two new people by name, one new person by
	 * IMDb id (in cast and crew), two new companies, one new list and one existing list,
	 * half of them in the reverse order (so that writers taking the same things in
	 * different orders would deadlock).
	 */
	@Test
	void distinctFilmsSharingNewPeopleCompaniesAndListsAllSucceedAndCreateEachOnce() throws Exception {
		this.documents.upsert(FilmDocumentBuilder.film("tt9131000", "Already listed").list(EXISTING_LIST).build());
		warmUp();
		List<String> documents = new ArrayList<>();
		for (int n = 1; n <= FILMS; n++) {
			documents.add(this.json.writeValueAsString(sharing(n, n % 2 == 0).build()));
		}
		Queue<String> pending = new ConcurrentLinkedQueue<>(documents);
		Queue<String> failures = new ConcurrentLinkedQueue<>();
		AtomicInteger created = new AtomicInteger();
		Together.run(FILMS, () -> {
			String document = pending.remove();
			String imdbId = this.json.readTree(document).get("imdbId").asString();
			MvcTestResult put = this.mvc.put()
				.uri("/api/v1/films/" + imdbId + "/document")
				.header(HttpHeaders.AUTHORIZATION, this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(document)
				.exchange();
			if (put.getResponse().getStatus() == 201) {
				created.incrementAndGet();
			}
			else {
				failures.add(put.getResponse().getStatus() + " " + body(put));
			}
			return null;
		});
		long duplicates = count("select count(*) - count(distinct name) from person where name in (?, ?)", NAMED_PERSON,
				OTHER_NAMED_PERSON)
				+ count("select count(*) - count(distinct name) from company where name = ?", NAMED_COMPANY)
				+ count("select count(*) - 1 from film_list where title = ?", NEW_LIST);

		new Figures("distinct-film-writes").put("films", FILMS)
			.put("sharedPeople", 3)
			.put("sharedCompanies", 2)
			.put("sharedLists", 2)
			.put("created201", created.get())
			.put("failures", failures.size())
			.put("duplicates", duplicates)
			.report();

		assertThat(failures).isEmpty();
		assertThat(created.get()).isEqualTo(FILMS);
		assertThat(this.mvc.get().uri("/api/v1/people?q=" + NAMED_PERSON)).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[{"id":%d,"imdbId":null,"name":"%s","birthYear":null,"deathYear":null,"professions":[]}],
					 "size":20,"nextCursor":null,"next":null,"total":null}""".formatted(personId(NAMED_PERSON),
					NAMED_PERSON));
		assertThat(count("select count(*) from person where name = ? and imdb_id is null", OTHER_NAMED_PERSON)).isOne();
		assertThat(count("select count(*) from person where imdb_id = ?", IMDB_PERSON)).isOne();
		assertThat(this.mvc.get().uri("/api/v1/companies?q=" + NAMED_COMPANY)).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[{"id":%d,"imdbId":null,"name":"%s","country":null}],
					 "size":20,"nextCursor":null,"next":null,"total":null}"""
				.formatted(count("select id from company where name = ?", NAMED_COMPANY), NAMED_COMPANY));
		assertThat(count("select count(*) from company where imdb_id = ?", IMDB_COMPANY)).isOne();
		assertThat(positions(NEW_LIST)).containsExactlyElementsOf(IntStream.rangeClosed(1, FILMS).boxed().toList());
		assertThat(positions(EXISTING_LIST))
			.containsExactlyElementsOf(IntStream.rangeClosed(1, FILMS + 1).boxed().toList());
		assertThat(
				count("""
						select count(*) from film_list_item i join film_list l on l.id = i.list_id join film f on f.id = i.film_id
						where l.title in (?, ?) and f.imdb_id like 'tt91310%'""",
						NEW_LIST, EXISTING_LIST))
			.isEqualTo(2 * FILMS + 1);
		assertThat(this.jdbc.queryForList(
				"""
						select e.resource_type || ' ' || e.action from change_event e
						where e.action = 'create' and (e.resource_type = 'person' and e.resource_id in
						        (select id from person where name in (?, ?) or imdb_id = ?)
						     or e.resource_type = 'company' and e.resource_id in (select id from company where name = ? or imdb_id = ?)
						     or e.resource_type = 'list' and e.resource_id in (select id from film_list where title = ?))
						order by 1""",
				String.class, NAMED_PERSON, OTHER_NAMED_PERSON, IMDB_PERSON, NAMED_COMPANY, IMDB_COMPANY, NEW_LIST))
			.containsExactly("company create", "company create", "list create", "person create", "person create",
					"person create");
	}

	/**
	 * Eight clients add a cast credit for the same new name to one film at once: eight
	 * credits, one person.
	 */
	@Test
	void parallelCastCreditsForANewNameCreateOnePerson() throws Exception {
		this.documents.upsert(FilmDocumentBuilder.film(CAST_FILM, "Cast in parallel").build());
		Queue<String> failures = new ConcurrentLinkedQueue<>();
		AtomicInteger order = new AtomicInteger();
		Together.run(FILMS, () -> {
			MvcTestResult post = this.mvc.post()
				.uri("/api/v1/films/" + CAST_FILM + "/cast")
				.header(HttpHeaders.AUTHORIZATION, this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"person":{"name":"%s"},"characters":["Twin %d"],"billingOrder":1,
						 "creditedAs":null,"note":null}""".formatted(CAST_PERSON, order.incrementAndGet()))
				.exchange();
			if (post.getResponse().getStatus() != 201) {
				failures.add(post.getResponse().getStatus() + " " + body(post));
			}
			return null;
		});

		assertThat(failures).isEmpty();
		assertThat(count("select count(*) from person where name = ?", CAST_PERSON)).isOne();
		assertThat(this.mvc.get().uri("/api/v1/people?q=" + CAST_PERSON)).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"items":[{"id":%d,"imdbId":null,"name":"%s","birthYear":null,"deathYear":null,"professions":[]}],
					 "size":20,"nextCursor":null,"next":null,"total":null}""".formatted(personId(CAST_PERSON),
					CAST_PERSON));
		assertThat(count("""
				select count(*) from cast_credit c join film f on f.id = c.film_id join person p on p.id = c.person_id
				where f.imdb_id = ? and p.name = ?""", CAST_FILM, CAST_PERSON)).isEqualTo(FILMS);
	}

	/**
	 * Writes a document of the same shape once, naming other people, companies and lists,
	 * so that the writers that then queue on each other do not also each pay for a cold
	 * application (the lock waits count against the statement timeout).
	 */
	private void warmUp() {
		assertThat(this.mvc.put()
			.uri("/api/v1/films/tt9131009/document")
			.header(HttpHeaders.AUTHORIZATION, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(FilmDocumentBuilder.film("tt9131009", "Warm-up")
				.actor(null, WARM_UP, "Warm")
				.company(null, WARM_UP)
				.list(WARM_UP)
				.build())))
			.hasStatus(201);
	}

	private static FilmDocumentBuilder sharing(int n, boolean reversed) {
		FilmDocumentBuilder film = FilmDocumentBuilder.film("tt91310%02d".formatted(n), "Sharing film " + n);
		List<Runnable> cast = new ArrayList<>(List.of(() -> film.actor(null, NAMED_PERSON, "First"),
				() -> film.actor(IMDB_PERSON, "Quillon Vexbarrow", "Second"),
				() -> film.actor(null, OTHER_NAMED_PERSON, "Third")));
		List<Runnable> rest = new ArrayList<>(
				List.of(() -> film.company(null, NAMED_COMPANY), () -> film.company(IMDB_COMPANY, "Parrintawk Films"),
						() -> film.list(NEW_LIST), () -> film.list(EXISTING_LIST)));
		if (reversed) {
			Collections.reverse(cast);
			Collections.reverse(rest);
		}
		cast.forEach(Runnable::run);
		rest.forEach(Runnable::run);
		return film.crew(IMDB_PERSON, "Quillon Vexbarrow", Department.DIRECTING, "Director")
			.crew(null, NAMED_PERSON, Department.WRITING, "Writer");
	}

	private List<Integer> positions(String list) {
		return this.jdbc.queryForList("""
				select i.position from film_list_item i join film_list l on l.id = i.list_id
				where l.title = ? order by i.position""", Integer.class, list);
	}

	private long personId(String name) {
		return count("select id from person where name = ?", name);
	}

	private long count(String sql, Object... args) {
		Long value = this.jdbc.queryForObject(sql, Long.class, args);
		return (value != null) ? value : 0;
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
