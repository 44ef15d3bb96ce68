package dev.marquee.storyline;

import java.util.Optional;

import dev.marquee.film.Film;
import dev.marquee.section.SectionDescriptor;
import dev.marquee.section.SectionItemStore;
import dev.marquee.section.SectionQuery;
import dev.marquee.support.web.PageView;

import org.springframework.stereotype.Component;

@Component
class VideoItems extends SectionItemStore<Video, VideoInput, VideoItem> {

	private static final SectionDescriptor SECTION = SectionDescriptor
		.of("videos", "Video", "video", "videos", VideoInput.class, VideoItem.class)
		.listed("Links to the film's trailers, teasers, clips and featurettes (on YouTube or Vimeo by key, "
				+ "elsewhere by https URL), in the order given (a new one goes last), paged by cursor: follow "
				+ "next, or send after=nextCursor.");

	private final VideoRepository repository;

	private final VideoRows rows;

	VideoItems(VideoRepository repository, VideoRows rows) {
		super(SECTION, repository, rows);
		this.rows = rows;
		this.repository = repository;
	}

	@Override
	protected PageView<VideoItem> page(long filmId, SectionQuery query) {
		return this.rows.page(filmId, query);
	}

	@Override
	protected Optional<Video> find(Film film, long itemId) {
		return this.repository.findItem(film, itemId);
	}

	@Override
	protected Video create(Film film, VideoInput input) {
		return new Video(film, input);
	}

}
