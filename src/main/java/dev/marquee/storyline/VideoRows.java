package dev.marquee.storyline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import dev.marquee.section.SectionQuery;
import dev.marquee.section.SectionRows;
import dev.marquee.section.TitlePageSection;
import dev.marquee.support.web.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A film's videos as answered, in the order given.
 */
@Component
class VideoRows extends SectionRows<VideoItem> {

	VideoRows(JdbcClient jdbc) {
		super(jdbc, new Embedding(185, "videos", TitlePageSection.Shape.LIST, VideoItem.class), """
				SELECT t.id, t.version, t.kind, t.site, t.video_key, t.url, t.name, t.language, t.official,
				    t.published_on
				FROM video t""", "ORDER BY t.id");
	}

	PageView<VideoItem> page(long filmId, SectionQuery query) {
		return pageById(filmId, "videos", query, "");
	}

	@Override
	protected VideoItem view(ResultSet rs) throws SQLException {
		return new VideoItem(rs.getLong("id"), VideoKind.fromCode(rs.getString("kind")),
				VideoSite.fromCode(rs.getString("site")), rs.getString("video_key"), rs.getString("url"),
				rs.getString("name"), rs.getString("language"), rs.getBoolean("official"),
				rs.getObject("published_on", LocalDate.class), rs.getLong("version"));
	}

}
