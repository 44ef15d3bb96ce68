package dev.marquee.award;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.marquee.person.PersonColumns;
import dev.marquee.person.PersonRef;
import dev.marquee.section.ItemProjection;
import dev.marquee.section.SectionProjection;
import dev.marquee.section.TitlePageSection;
import dev.marquee.section.VersionedItem;
import dev.marquee.support.web.ETags;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's awards as answered: the summary, the nominations in year order and their
 * nominees in the order given, three queries whatever their number; each nomination alone
 * (with its version, the answer of its writes) and the summary alone.
 */
@Component
class AwardRows extends SectionProjection implements ItemProjection<AwardNominationItem> {

	private static final Embedding EMBEDDING = new Embedding(100, "awards", TitlePageSection.Shape.ONE,
			AwardsView.class);

	private static final String SUMMARY_COLUMNS = "SELECT s.id, s.version, s.wins, s.nominations, s.highlight "
			+ "FROM award_summary s";

	private static final String SUMMARY = SUMMARY_COLUMNS + " WHERE s.film_id = ?";

	private static final String NOMINATION_COLUMNS = "SELECT t.id, t.version, t.event, t.year, t.category, "
			+ "t.outcome, t.note FROM award_nomination t";

	private static final String NOMINATIONS = NOMINATION_COLUMNS + " WHERE t.film_id = ? ";

	private static final String NOMINEES = """
			SELECT m.nomination_id, m.name, %s
			FROM award_nominee m LEFT JOIN person p ON p.id = m.person_id
			""".formatted(PersonColumns.SELECT);

	AwardRows(JdbcClient jdbc) {
		super(jdbc, EMBEDDING);
	}

	/**
	 * The summary, the nominations, then the nominees of them all.
	 */
	@Override
	public List<Rows<?>> rows() {
		return List.of(new Rows<>(SUMMARY_COLUMNS, "s.film_id", "ORDER BY s.id", AwardRows::summary),
				new Rows<>(NOMINATION_COLUMNS, "t.film_id", "ORDER BY t.year, t.id", AwardRows::nomination),
				new Rows<>(NOMINEES + "JOIN award_nomination a ON a.id = m.nomination_id", "a.film_id",
						"ORDER BY m.position, m.id", AwardRows::nominee));
	}

	@Override
	public AwardsView read(long filmId) {
		return assemble(readRows(filmId));
	}

	@Override
	@SuppressWarnings("unchecked")
	public AwardsView assemble(List<List<?>> rows) {
		AwardSummaryView summary = rows.get(0).isEmpty() ? null : (AwardSummaryView) rows.get(0).get(0);
		Nominees nominees = new Nominees((List<Listed>) rows.get(2));
		return new AwardsView(summary, ((List<Nomination>) rows.get(1)).stream().map(nominees::view).toList());
	}

	@Override
	public List<Shown> shown() {
		return List.of(Shown.byKey(ETags.Shown.PERSON, "person", "m.person_id",
				"FROM award_nomination a JOIN award_nominee m ON m.nomination_id = a.id", "a.film_id"));
	}

	@Override
	public Optional<VersionedItem<AwardNominationItem>> item(long filmId, long itemId) {
		return this.jdbc.sql(NOMINATIONS + "AND t.id = ?")
			.params(filmId, itemId)
			.query(AwardRows::nomination)
			.optional()
			.map((nomination) -> {
				Nominees nominees = new Nominees(
						this.jdbc.sql(NOMINEES + "WHERE m.nomination_id = ? ORDER BY m.position, m.id")
							.param(nomination.id())
							.query(AwardRows::nominee)
							.list());
				return new VersionedItem<>(nomination.id(), nomination.version(), nominees.view(nomination),
						nominees.shown());
			});
	}

	/**
	 * The film's award summary with its version; empty when the totals are unknown.
	 */
	Optional<VersionedItem<AwardSummaryView>> summary(long filmId) {
		return this.jdbc.sql(SUMMARY)
			.param(filmId)
			.query((rs, row) -> new VersionedItem<>(rs.getLong("id"), rs.getLong("version"), summary(rs, row)))
			.optional();
	}

	private static AwardSummaryView summary(ResultSet rs, int row) throws SQLException {
		return new AwardSummaryView(rs.getInt("wins"), rs.getInt("nominations"), rs.getString("highlight"),
				rs.getLong("version"));
	}

	private static Nomination nomination(ResultSet rs, int row) throws SQLException {
		return new Nomination(rs.getLong("id"), rs.getLong("version"), rs.getString("event"), rs.getInt("year"),
				rs.getString("category"), Outcome.fromCode(rs.getString("outcome")), rs.getString("note"));
	}

	private static Listed nominee(ResultSet rs, int row) throws SQLException {
		PersonRef person = PersonColumns.refOrNull(rs);
		return new Listed(rs.getLong("nomination_id"), new Nominee(rs.getString("name"), person),
				(person != null) ? PersonColumns.shown(rs) : null);
	}

	private record Nomination(long id, long version, String event, int year, String category, Outcome outcome,
			@Nullable String note) {
	}

	private record Listed(long nominationId, Nominee nominee, ETags.@Nullable Shown person) {
	}

	/**
	 * Nominees read for some nominations, grouped by nomination in their order.
	 */
	private static final class Nominees {

		private final Map<Long, List<Listed>> byNomination = new LinkedHashMap<>();

		Nominees(List<Listed> nominees) {
			nominees.forEach(
					(nominee) -> this.byNomination.computeIfAbsent(nominee.nominationId(), (id) -> new ArrayList<>())
						.add(nominee));
		}

		/**
		 * The nomination as answered: the one mapping of a nomination to
		 * {@link AwardNominationItem}.
		 */
		AwardNominationItem view(Nomination nomination) {
			return new AwardNominationItem(nomination.id(), nomination.event(), nomination.year(),
					nomination.category(), nomination.outcome(),
					this.byNomination.getOrDefault(nomination.id(), List.of()).stream().map(Listed::nominee).toList(),
					nomination.note(), nomination.version());
		}

		List<ETags.Shown> shown() {
			return this.byNomination.values()
				.stream()
				.flatMap(List::stream)
				.map(Listed::person)
				.filter(Objects::nonNull)
				.toList();
		}

	}

}
