package dev.marquee.storyline;

import java.time.LocalDate;

import dev.marquee.film.Film;
import dev.marquee.section.SectionItem;
import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "video")
class Video extends BaseEntity implements SectionItem<VideoInput> {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false, length = 32)
	private VideoKind kind;

	@Column(nullable = false, length = 32)
	private VideoSite site;

	@Column(name = "video_key", length = 64)
	private @Nullable String key;

	private @Nullable String url;

	@Column(nullable = false)
	private String name;

	@Column(length = 3)
	private @Nullable String language;

	@Column(nullable = false)
	private boolean official;

	private @Nullable LocalDate publishedOn;

	protected Video() {
		// for JPA
	}

	Video(Film film, VideoInput input) {
		this.film = film;
		replace(input);
	}

	@Override
	public void replace(VideoInput input) {
		this.kind = input.kind();
		this.site = input.site();
		this.key = input.key();
		this.url = input.url();
		this.name = input.name();
		this.language = input.language();
		this.official = input.official();
		this.publishedOn = input.publishedOn();
	}

	@Override
	public VideoInput toInput() {
		return new VideoInput(this.kind, this.site, this.key, this.url, this.name, this.language, this.official,
				this.publishedOn);
	}

}
