package dev.marquee.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.marquee.search.Searchable.Hit;
import dev.marquee.search.Searchable.Kind;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hit read from its stored document: every field it shows, and of a film's hundreds of
 * texts the one it matched by, whichever that is.
 */
class SearchableHitTests {

	@Test
	void aHitReadsItsFieldsAndTheTextItMatchedByWhereverThatTextIs() throws IOException {
		List<String> others = new ArrayList<>(
				IntStream.rangeClosed(1, 300).mapToObj("Título número %d"::formatted).toList());
		others.add(0, "La La Land");
		Searchable film = new Searchable(Kind.FILM, 42, "tt3783958", "La La Land", others, "movie", 2016, 659_000);
		Searchable person = new Searchable(Kind.PERSON, 7, null, "Kálmán Berkes", List.of(), null, null, 3);
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			writer.addDocument(film.document());
			writer.addDocument(person.document());
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				StoredFields stored = reader.storedFields();
				// The display name stored once: "La La Land" among the others is the name
				// itself.
				assertThat(film.names()).hasSize(301);
				assertThat(Searchable.hit(stored, 0, 0))
					.isEqualTo(new Hit(Kind.FILM, 42, "tt3783958", "La La Land", "movie", 2016, "La La Land"));
				assertThat(Searchable.hit(stored, 0, 1))
					.isEqualTo(new Hit(Kind.FILM, 42, "tt3783958", "La La Land", "movie", 2016, "Título número 1"));
				assertThat(Searchable.hit(stored, 0, 173))
					.isEqualTo(new Hit(Kind.FILM, 42, "tt3783958", "La La Land", "movie", 2016, "Título número 173"));
				assertThat(Searchable.hit(stored, 0, 300))
					.isEqualTo(new Hit(Kind.FILM, 42, "tt3783958", "La La Land", "movie", 2016, "Título número 300"));
				for (int text = 0; text < film.names().size(); text++) {
					assertThat(Searchable.hit(stored, 0, text).matched()).isEqualTo(film.names().get(text));
				}
				assertThat(Searchable.hit(stored, 1, 0))
					.isEqualTo(new Hit(Kind.PERSON, 7, null, "Kálmán Berkes", null, null, "Kálmán Berkes"));
			}
		}
	}

}
