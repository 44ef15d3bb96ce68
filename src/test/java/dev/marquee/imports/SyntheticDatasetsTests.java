package dev.marquee.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticDatasetsTests {

	@Test
	void sameSeedWritesByteIdenticalFilesAndAnotherSeedDifferentOnes(@TempDir Path dir) throws Exception {
		Map<Dataset, Long> first = SyntheticDatasets
			.generate(new SyntheticDatasets.Options(dir.resolve("a"), 500, 9, 0.01, true, 1));
		SyntheticDatasets.generate(new SyntheticDatasets.Options(dir.resolve("b"), 500, 9, 0.01, true, 1));
		SyntheticDatasets.generate(new SyntheticDatasets.Options(dir.resolve("c"), 500, 10, 0.01, true, 1));

		assertThat(first).containsOnlyKeys(Dataset.values()).containsEntry(Dataset.TITLE_BASICS, 500L);
		for (Dataset dataset : Dataset.values()) {
			String name = dataset.baseName() + ".tsv.gz";
			assertThat(Files.readAllBytes(dir.resolve("a").resolve(name)))
				.isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(name)));
		}
		assertThat(Files.readAllBytes(dir.resolve("a/title.basics.tsv.gz")))
			.isNotEqualTo(Files.readAllBytes(dir.resolve("c/title.basics.tsv.gz")));
	}

}
