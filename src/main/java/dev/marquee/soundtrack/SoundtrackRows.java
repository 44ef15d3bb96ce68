package dev.marquee.soundtrack;

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
import dev.marquee.section.SectionQuery;
import dev.marquee.section.SectionProjection;
import dev.marquee.section.TitlePageSection;
import dev.marquee.section.VersionedItem;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.ETags;
import dev.marquee.support.web.PageView;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's soundtracks as answered, in credit order, each song with its credit lines: the
 * songs in one query, their lines (with their people) in another, whatever the number of
 * songs.
 */
@Component
class SoundtrackRows extends SectionProjection implements ItemProjection<SoundtrackItem> {

	private static final Embedding EMBEDDING = new Embedding(70, "soundtracks", TitlePageSection.Shape.LIST,
			SoundtrackItem.class);

	private static final String SONG_COLUMNS = "SELECT t.id, t.version, t.position, t.title FROM soundtrack t";

	private static final String SONGS = SONG_COLUMNS + " WHERE t.film_id = ? ";

	private static final String ORDER = " ORDER BY t.position, t.id";

	private static final String LINES = """
			SELECT l.soundtrack_id, l.role, l.text, %s
			FROM soundtrack_credit l LEFT JOIN person p ON p.id = l.person_id
			""".formatted(PersonColumns.SELECT);

	private static final String LINE_ORDER = " ORDER BY l.position, l.id";

	SoundtrackRows(JdbcClient jdbc) {
		super(jdbc, EMBEDDING);
	}

	/**
	 * The songs, then the lines of them all (with their people).
	 */
	@Override
	public List<Rows<?>> rows() {
		return List.of(new Rows<>(SONG_COLUMNS, "t.film_id", ORDER, SoundtrackRows::song), new Rows<>(
				LINES + "JOIN soundtrack s ON s.id = l.soundtrack_id", "s.film_id", LINE_ORDER, SoundtrackRows::line));
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<SoundtrackItem> assemble(List<List<?>> rows) {
		Lines lines = new Lines((List<Line>) rows.get(1));
		return ((List<Song>) rows.get(0)).stream().map(lines::view).toList();
	}

	@Override
	public List<Shown> shown() {
		return List.of(Shown.byKey(ETags.Shown.PERSON, "person", "l.person_id",
				"FROM soundtrack s JOIN soundtrack_credit l ON l.soundtrack_id = s.id", "s.film_id"));
	}

	/**
	 * One page of songs with their lines: two statements (none for the lines of an empty
	 * page).
	 */
	PageView<SoundtrackItem> page(long filmId, SectionQuery query) {
		Cursor cursor = Cursor.decode(query.after(), "soundtracks", 2);
		List<Song> songs = this.jdbc.sql(SONGS + "AND (t.position, t.id) > (?, ?)" + ORDER + " LIMIT ?")
			.params(filmId, (cursor != null) ? cursor.intKey(0) : 0, (cursor != null) ? cursor.longKey(1) : 0L,
					query.size() + 1)
			.query(SoundtrackRows::song)
			.list();
		Lines lines = linesOf(songs);
		return PageView.of(songs, query.size(), lines::view,
				(song) -> Cursor.of("soundtracks", song.position(), song.id()));
	}

	@Override
	public Optional<VersionedItem<SoundtrackItem>> item(long filmId, long itemId) {
		Optional<Song> song = this.jdbc.sql(SONGS + "AND t.id = ?")
			.params(filmId, itemId)
			.query(SoundtrackRows::song)
			.optional();
		return song.map((found) -> {
			Lines lines = linesOf(List.of(found));
			return new VersionedItem<>(found.id(), found.version(), lines.view(found), lines.shown());
		});
	}

	private Lines linesOf(List<Song> songs) {
		if (songs.isEmpty()) {
			return new Lines(List.of());
		}
		return new Lines(this.jdbc.sql(LINES + "WHERE l.soundtrack_id = ANY(?)" + LINE_ORDER)
			.param(songs.stream().map(Song::id).toArray(Long[]::new))
			.query(SoundtrackRows::line)
			.list());
	}

	private static Song song(ResultSet rs, int row) throws SQLException {
		return new Song(rs.getLong("id"), rs.getLong("version"), rs.getInt("position"), rs.getString("title"));
	}

	private static Line line(ResultSet rs, int row) throws SQLException {
		PersonRef person = PersonColumns.refOrNull(rs);
		return new Line(rs.getLong("soundtrack_id"),
				new SoundtrackCreditLine(CreditRole.fromCode(rs.getString("role")), rs.getString("text"), person),
				(person != null) ? PersonColumns.shown(rs) : null);
	}

	private record Song(long id, long version, int position, String title) {
	}

	private record Line(long soundtrackId, SoundtrackCreditLine view, ETags.@Nullable Shown person) {
	}

	/**
	 * Lines read for some songs, grouped by song in their order.
	 */
	private static final class Lines {

		private final Map<Long, List<Line>> bySong = new LinkedHashMap<>();

		Lines(List<Line> lines) {
			lines.forEach(
					(line) -> this.bySong.computeIfAbsent(line.soundtrackId(), (id) -> new ArrayList<>()).add(line));
		}

		/**
		 * The song as answered: the one mapping of a song to {@link SoundtrackItem}.
		 */
		SoundtrackItem view(Song song) {
			return new SoundtrackItem(song.id(), song.title(),
					this.bySong.getOrDefault(song.id(), List.of()).stream().map(Line::view).toList(), song.version());
		}

		List<ETags.Shown> shown() {
			return this.bySong.values()
				.stream()
				.flatMap(List::stream)
				.map(Line::person)
				.filter(Objects::nonNull)
				.toList();
		}

	}

}
