package dev.marquee.image;

import dev.marquee.MarqueeTest;
import dev.marquee.apikey.ApiKeys;
import dev.marquee.films.FilmDocuments;
import dev.marquee.testdata.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With files in PostgreSQL, a file goes in the same transaction as the last image that
 * uses it, however that image goes: with its film, person or company too. A picture
 * another owner still shows stays.
 */
@MarqueeTest
class ImageFileReleaseTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	FilmDocuments documents;

	@Autowired
	JdbcTemplate jdbc;

	private ImageOwners owners;

	@BeforeEach
	void owners() {
		this.owners = new ImageOwners(this.mvc, this.documents, TestKeys.admin(this.keys));
	}

	@Test
	void deletingAFilmDeletesTheFilesNoOtherImageUses() {
		byte[] shared = ImageOwners.picture();
		String deleted = this.owners.film();
		String kept = this.owners.film();
		String own = this.owners.uploaded(deleted, "poster", ImageOwners.picture());
		String both = this.owners.uploaded(deleted, "backdrop", shared);
		assertThat(this.owners.uploaded(kept, "poster", shared)).isEqualTo(both);
		assertThat(variants(own)).isEqualTo(5);

		this.owners.delete(deleted);

		assertThat(files(own)).as("the file only the deleted film used").isZero();
		assertThat(variants(own)).isZero();
		assertThat(this.mvc.get().uri("/images/" + own + "/w92.jpg").exchange()).hasStatus(404);
		assertThat(files(both)).as("the file the other film still uses").isOne();
		assertThat(variants(both)).isEqualTo(5);
		assertThat(this.mvc.get().uri("/images/" + both + "/w92.jpg").exchange()).hasStatusOk();
	}

	@Test
	void deletingAPersonOrACompanyDeletesTheirFiles() {
		String person = this.owners.person();
		String company = this.owners.company();
		String profile = this.owners.uploaded(person, "profile", ImageOwners.picture());
		String logo = this.owners.uploaded(company, "logo", ImageOwners.picture());
		assertThat(files(profile) + files(logo)).isEqualTo(2);

		this.owners.delete(person);
		this.owners.delete(company);

		assertThat(files(profile) + variants(profile)).isZero();
		assertThat(files(logo) + variants(logo)).isZero();
	}

	private int files(String sha) {
		return this.jdbc.queryForObject("select count(*) from image_file where sha256 = ?", Integer.class, sha);
	}

	private int variants(String sha) {
		return this.jdbc.queryForObject("select count(*) from image_variant where sha256 = ?", Integer.class, sha);
	}

}
