package dev.marquee.film;

import dev.marquee.support.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A link on the film's "Official sites" line, such as the distributor's page.
 */
@Entity
@Table(name = "film_official_site")
public class OfficialSite extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "film_id")
	private Film film;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	private String url;

	protected OfficialSite() {
		// for JPA
	}

	OfficialSite(Film film, int position, String label, String url) {
		this.film = film;
		this.position = position;
		this.label = label;
		this.url = url;
	}

	public int getPosition() {
		return this.position;
	}

	public String getLabel() {
		return this.label;
	}

	public String getUrl() {
		return this.url;
	}

	/**
	 * An official site as the outside world gives it, before it belongs to a film.
	 */
	public record Fields(String label, String url) {
	}

}
