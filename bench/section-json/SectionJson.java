import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which costs less CPU in all, a title page section's JSON built by PostgreSQL or its rows
 * read by the driver and written by Jackson? Reads one film's cast and crew (the largest
 * sections of a title page) three ways, on one connection, and writes each as the JSON
 * of {@code include=cast,crew} into a byte buffer, as a response would:
 * <ul>
 * <li>{@code rows}: the sections' rows, as the app reads them (CastRows, CrewRows), mapped
 * to records and written by Jackson's data binding;</li>
 * <li>{@code json_agg}: each section as {@code json_agg(json_build_object(…))} (how
 * PostGraphile builds its answers), its text written raw into the generator; PostgreSQL
 * puts spaces after each colon and comma, so these bytes differ from the others;</li>
 * <li>{@code text}: each section as the same compact text Jackson writes, concatenated by
 * PostgreSQL ({@code string_agg}, {@code to_json} for strings), written raw: the way a
 * byte-for-byte answer would be built inside PostgreSQL.</li>
 * </ul>
 * The three answers are checked first: {@code text}'s bytes equal {@code rows}', and
 * {@code json_agg} parses to the same tree. Then rounds of each in turn (the order
 * rotating), each round's CPU read for this JVM (all its threads) and for the
 * connection's backend ({@code /proc/PID/stat}), both on this machine.
 * <p>
 * Run: {@code java -cp <postgresql, jackson-core, jackson-databind, jackson-annotations jars>
 * bench/section-json/SectionJson.java JDBC_URL USER PASSWORD IMDB_ID ROUNDS ITERATIONS}.
 */
public class SectionJson {

	record Person(long id, String imdbId, String name) {
	}

	record Cast(long id, Person person, List<String> characters, int billingOrder, String creditedAs, String note,
			long version) {
	}

	record Crew(long id, Person person, String department, String job, String creditedAs, String note,
			long version) {
	}

	record Page(List<Cast> cast, List<Crew> crew) {
	}

	static final String FILM = "(SELECT id FROM film WHERE imdb_id = ?)";

	static final String PERSON = "p.id AS person_id, p.imdb_id AS person_imdb_id, p.name AS person_name";

	// The crew's order by department, as the app's.
	static final String DEPARTMENT_ORDER = departmentOrder();

	static final String CAST_ROWS = "SELECT t.id, t.version, t.characters, t.billing_order, t.credited_as, t.note, "
			+ PERSON + " FROM cast_credit t JOIN person p ON p.id = t.person_id WHERE t.film_id = " + FILM
			+ " ORDER BY t.billing_order, t.id";

	static String crewRows() {
		return "SELECT t.id, t.version, t.department, t.job, t.position, t.credited_as, t.note, " + PERSON
				+ " FROM crew_credit t JOIN person p ON p.id = t.person_id WHERE t.film_id = " + FILM + " ORDER BY "
				+ DEPARTMENT_ORDER + ", t.position, t.id";
	}

	static final String PERSON_OBJECT = "json_build_object('id', p.id, 'imdbId', p.imdb_id, 'name', p.name)";

	static final String CAST_JSON_AGG = "SELECT coalesce(json_agg(json_build_object('id', t.id, 'person', "
			+ PERSON_OBJECT + ", 'characters', coalesce(array_to_json(t.characters), '[]'), 'billingOrder', "
			+ "t.billing_order, 'creditedAs', t.credited_as, 'note', t.note, 'version', t.version) "
			+ "ORDER BY t.billing_order, t.id), '[]') FROM cast_credit t JOIN person p ON p.id = t.person_id "
			+ "WHERE t.film_id = " + FILM;

	static String crewJsonAgg() {
		return "SELECT coalesce(json_agg(json_build_object('id', t.id, 'person', " + PERSON_OBJECT
				+ ", 'department', t.department, 'job', t.job, 'creditedAs', t.credited_as, 'note', t.note, "
				+ "'version', t.version) ORDER BY " + DEPARTMENT_ORDER + ", t.position, t.id), '[]') "
				+ "FROM crew_credit t JOIN person p ON p.id = t.person_id WHERE t.film_id = " + FILM;
	}

	static String text(String column) {
		return "coalesce(to_json(" + column + ")::text, 'null')";
	}

	static final String PERSON_TEXT = "'\"person\":{\"id\":' || p.id || ',\"imdbId\":' || " + text("p.imdb_id")
			+ " || ',\"name\":' || " + text("p.name") + " || '}'";

	static final String CAST_TEXT = "SELECT '[' || coalesce(string_agg('{\"id\":' || t.id || ',' || " + PERSON_TEXT
			+ " || ',\"characters\":' || coalesce(array_to_json(t.characters)::text, '[]') || ',\"billingOrder\":' "
			+ "|| t.billing_order || ',\"creditedAs\":' || " + text("t.credited_as") + " || ',\"note\":' || "
			+ text("t.note") + " || ',\"version\":' || t.version || '}', ',' ORDER BY t.billing_order, t.id), '') "
			+ "|| ']' FROM cast_credit t JOIN person p ON p.id = t.person_id WHERE t.film_id = " + FILM;

	static String crewText() {
		return "SELECT '[' || coalesce(string_agg('{\"id\":' || t.id || ',' || " + PERSON_TEXT
				+ " || ',\"department\":' || " + text("t.department") + " || ',\"job\":' || " + text("t.job")
				+ " || ',\"creditedAs\":' || " + text("t.credited_as") + " || ',\"note\":' || " + text("t.note")
				+ " || ',\"version\":' || t.version || '}', ',' ORDER BY " + DEPARTMENT_ORDER
				+ ", t.position, t.id), '') || ']' FROM crew_credit t JOIN person p ON p.id = t.person_id "
				+ "WHERE t.film_id = " + FILM;
	}

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	interface Variant {

		byte[] page(String imdbId, ByteArrayOutputStream out) throws Exception;

	}

	static byte[] rows(PreparedStatement cast, PreparedStatement crew, String imdbId, ByteArrayOutputStream out)
			throws SQLException {
		List<Cast> castItems = new ArrayList<>();
		cast.setString(1, imdbId);
		try (ResultSet rs = cast.executeQuery()) {
			while (rs.next()) {
				castItems.add(new Cast(rs.getLong("id"), person(rs), strings(rs.getArray("characters")),
						rs.getInt("billing_order"), rs.getString("credited_as"), rs.getString("note"),
						rs.getLong("version")));
			}
		}
		List<Crew> crewItems = new ArrayList<>();
		crew.setString(1, imdbId);
		try (ResultSet rs = crew.executeQuery()) {
			while (rs.next()) {
				crewItems.add(new Crew(rs.getLong("id"), person(rs), rs.getString("department"), rs.getString("job"),
						rs.getString("credited_as"), rs.getString("note"), rs.getLong("version")));
			}
		}
		out.reset();
		MAPPER.writeValue(out, new Page(castItems, crewItems));
		return out.toByteArray();
	}

	static Person person(ResultSet rs) throws SQLException {
		return new Person(rs.getLong("person_id"), rs.getString("person_imdb_id"), rs.getString("person_name"));
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static byte[] raw(PreparedStatement cast, PreparedStatement crew, String imdbId, ByteArrayOutputStream out)
			throws SQLException {
		String castJson = one(cast, imdbId);
		String crewJson = one(crew, imdbId);
		out.reset();
		try (JsonGenerator generator = MAPPER.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeName("cast");
			generator.writeRawValue(castJson);
			generator.writeName("crew");
			generator.writeRawValue(crewJson);
			generator.writeEndObject();
		}
		return out.toByteArray();
	}

	static String one(PreparedStatement statement, String imdbId) throws SQLException {
		statement.setString(1, imdbId);
		try (ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getString(1);
		}
	}

	static long backendTicks(int pid) throws Exception {
		String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	public static void main(String[] args) throws Exception {
		String url = args[0], user = args[1], password = args[2], imdbId = args[3];
		int rounds = Integer.parseInt(args[4]), iterations = Integer.parseInt(args[5]);
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			int pid;
			try (ResultSet rs = connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
				rs.next();
				pid = rs.getInt(1);
			}
			PreparedStatement castRows = connection.prepareStatement(CAST_ROWS);
			PreparedStatement crewRows = connection.prepareStatement(crewRows());
			PreparedStatement castAgg = connection.prepareStatement(CAST_JSON_AGG);
			PreparedStatement crewAgg = connection.prepareStatement(crewJsonAgg());
			PreparedStatement castText = connection.prepareStatement(CAST_TEXT);
			PreparedStatement crewText = connection.prepareStatement(crewText());
			String[] names = { "rows", "json_agg", "text" };
			Variant[] variants = { (id, out) -> rows(castRows, crewRows, id, out),
					(id, out) -> raw(castAgg, crewAgg, id, out), (id, out) -> raw(castText, crewText, id, out) };
			ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
			byte[] rows = variants[0].page(imdbId, out);
			byte[] agg = variants[1].page(imdbId, out);
			byte[] text = variants[2].page(imdbId, out);
			if (!Arrays.equals(rows, text)) {
				throw new IllegalStateException("text differs from rows:\n" + new String(rows) + "\n" + new String(text));
			}
			if (!MAPPER.readTree(rows).equals(MAPPER.readTree(agg))) {
				throw new IllegalStateException("json_agg differs from rows");
			}
			var cast = MAPPER.readTree(rows).get("cast");
			System.out.printf("film %s: %d cast, %d crew; %d bytes (json_agg %d bytes)%n", imdbId, cast.size(),
					MAPPER.readTree(rows).get("crew").size(), rows.length, agg.length);
			var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			long tick = 10_000; // µs per clock tick (USER_HZ 100)
			System.out.println("round\tvariant\tpages\twall_us\tjvm_cpu_us\tbackend_cpu_us\tall_cpu_us");
			for (int round = 0; round <= rounds; round++) {
				for (int k = 0; k < variants.length; k++) {
					int v = (k + round) % variants.length;
					long wall = System.nanoTime(), jvm = os.getProcessCpuTime(), backend = backendTicks(pid);
					for (int i = 0; i < iterations; i++) {
						variants[v].page(imdbId, out);
					}
					double pages = iterations;
					double wallUs = (System.nanoTime() - wall) / 1000.0 / pages;
					double jvmUs = (os.getProcessCpuTime() - jvm) / 1000.0 / pages;
					double backendUs = (backendTicks(pid) - backend) * tick / pages;
					// Round 0 warms up the JIT and the statements' plans; it is not reported.
					if (round > 0) {
						System.out.printf("%d\t%s\t%d\t%.0f\t%.0f\t%.0f\t%.0f%n", round, names[v], iterations, wallUs,
								jvmUs, backendUs, jvmUs + backendUs);
					}
				}
			}
		}
	}

	static String departmentOrder() {
		// As the app's EnumOrder.sql over Department, in its declaration order.
		String[] codes = { "directing", "writing", "producing", "music", "cinematography", "editing", "casting",
				"production_design", "art", "costume", "makeup", "sound", "visual_effects", "special_effects", "stunts",
				"camera", "choreography", "other" };
		StringBuilder order = new StringBuilder("CASE t.department");
		for (int i = 0; i < codes.length; i++) {
			order.append(" WHEN '").append(codes[i]).append("' THEN ").append(i);
		}
		return order.append(" END").toString();
	}

}
