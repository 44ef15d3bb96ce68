package dev.marquee.storyline;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import dev.marquee.changes.ChangeAction;
import dev.marquee.changes.Changes;
import dev.marquee.support.web.InvalidBodyException;
import dev.marquee.support.web.InvalidParam;
import dev.marquee.support.web.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keywords films share. A keyword is matched by its slug and created when no film has
 * it yet, with an insert that leaves an existing one alone, so that writers naming the
 * same new keyword at once create it once. A new keyword is recorded in the change feed;
 * a keyword is never changed, nor deleted with the last film that has it.
 */
@Service
@Transactional(readOnly = true)
public class Keywords {

	/**
	 * The OpenAPI tag of the keyword resource.
	 */
	public static final String TAG = "Keywords";

	private final KeywordRepository keywords;

	private final JdbcClient jdbc;

	private final Changes changes;

	Keywords(KeywordRepository keywords, JdbcClient jdbc, Changes changes) {
		this.keywords = keywords;
		this.jdbc = jdbc;
		this.changes = changes;
	}

	/**
	 * The keyword the input names, created when new.
	 * @param field where the input is in the body, for the error when its name keeps
	 * nothing a slug can hold
	 */
	@Transactional
	Keyword resolve(KeywordInput input, String field) {
		String slug = input.key();
		if (slug.isEmpty()) {
			throw InvalidBodyException.of(List.of(InvalidParam.body(field,
					"keeps no lower-case letter or digit once folded to a slug; give the slug")));
		}
		Optional<Keyword> found = this.keywords.findBySlug(slug);
		if (found.isPresent()) {
			return found.get();
		}
		Optional<Long> created = this.jdbc
			.sql("INSERT INTO keyword (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING RETURNING id")
			.params(slug, Normalizer.normalize(input.name(), Normalizer.Form.NFC))
			.query(Long.class)
			.optional();
		created.ifPresent((id) -> this.changes.record(ChangeAction.CREATE, "keyword", id, slug));
		return this.keywords.findBySlug(slug).orElseThrow();
	}

	/**
	 * The keywords the inputs name, created when new, in the order of the inputs; new
	 * ones are inserted in slug order, so that writers naming the same new keywords in
	 * different orders wait for each other instead of deadlocking.
	 */
	@Transactional
	List<Keyword> resolve(List<KeywordInput> inputs) {
		List<String> fields = IntStream.range(0, inputs.size()).mapToObj((i) -> "keywords[" + i + "].name").toList();
		IntStream.range(0, inputs.size())
			.boxed()
			.sorted(Comparator.comparing((i) -> inputs.get(i).key()))
			.forEach((i) -> resolve(inputs.get(i), fields.get(i)));
		return IntStream.range(0, inputs.size()).mapToObj((i) -> resolve(inputs.get(i), fields.get(i))).toList();
	}

	/**
	 * The keyword with this slug, at its version.
	 * @throws KeywordNotFoundException when there is none
	 */
	public Versioned<KeywordView> read(String slug) {
		return this.jdbc.sql("SELECT slug, name, version FROM keyword WHERE slug = ?")
			.param(slug)
			.query((rs, row) -> new Versioned<>(
					new KeywordView(rs.getString("slug"), rs.getString("name"), rs.getLong("version")),
					rs.getLong("version")))
			.optional()
			.orElseThrow(() -> KeywordNotFoundException.forSlug(slug));
	}

}
