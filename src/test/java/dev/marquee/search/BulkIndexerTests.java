package dev.marquee.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import dev.marquee.search.Searchable.Kind;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A rebuild's documents added from several threads: each exactly once, in the index's
 * order, and a thread's failure stops the reading.
 */
class BulkIndexerTests {

	@Test
	void everySearchableAddedFromSeveralThreadsIsInTheIndexOnceInItsOrder() throws IOException {
		int count = BulkIndexer.BATCH * 7 + 13;
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig().setIndexSort(Searchable.INDEX_ORDER).setMaxBufferedDocs(100))) {
			try (BulkIndexer indexer = new BulkIndexer(writer, 3)) {
				for (long id = 1; id <= count; id++) {
					indexer.add(film(id));
				}
				indexer.finish();
			}
			writer.forceMerge(1);
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				List<Long> ids = new ArrayList<>();
				for (LeafReaderContext leaf : reader.leaves()) {
					NumericDocValues order = leaf.reader().getNumericDocValues(Searchable.ORDER);
					while (order.nextDoc() != NumericDocValues.NO_MORE_DOCS) {
						ids.add(Searchable.idOf(order.longValue()));
					}
				}
				// Most popular first, as the index is sorted: popularity is the id here.
				assertThat(ids).containsExactlyElementsOf(
						LongStream.rangeClosed(1, count).map((id) -> count + 1 - id).boxed().toList());
			}
		}
	}

	@Test
	void aThreadThatFailsStopsTheReadingWithItsError() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig());
			writer.rollback();
			try (BulkIndexer indexer = new BulkIndexer(writer, 2)) {
				assertThatExceptionOfType(AlreadyClosedException.class).isThrownBy(() -> {
					for (long id = 1; id <= 1_000_000; id++) {
						indexer.add(film(id));
					}
					indexer.finish();
				}).withMessageContaining("this IndexWriter is closed");
			}
		}
	}

	private static Searchable film(long id) {
		return new Searchable(Kind.FILM, id, "tt%07d".formatted(id), "Film number " + id, List.of("Película " + id),
				"movie", 2000 + (int) (id % 20), id);
	}

}
