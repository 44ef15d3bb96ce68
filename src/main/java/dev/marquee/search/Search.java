package dev.marquee.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.marquee.image.FilmPosters;
import dev.marquee.image.ImageSizes;
import dev.marquee.search.SearchHit.FilmHit;
import dev.marquee.search.SearchHit.PersonHit;
import dev.marquee.search.Searchable.Kind;
import dev.marquee.search.Suggestions.Suggestion;
import dev.marquee.support.web.Cursor;
import dev.marquee.support.web.PageView;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.Transition;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;

/**
 * Finds and ranks films and people in the {@link SearchIndex}. A query is folded and cut
 * into words as the texts were ({@link Folding}), then asked of the index in tiers, from
 * the closest kind of match to the loosest: the whole text, every word (any order), every
 * word with the last one as a prefix (the user is typing it), every word within its typo
 * allowance (1 edit for words of 4–7 characters, 2 beyond, a typo in the first character
 * counting twice; while typing, the last one may also be a mistyped prefix). Each tier
 * reads the most popular matching documents, twice as many as the hits asked for (at
 * least {@value #MIN_CANDIDATES}), which costs little however many match, because the
 * index is sorted by popularity and a tier stops reading each segment at its first hits.
 * The candidates are then judged text by text ({@link Closeness}) and ranked: closeness
 * first, then popularity, then films before people, then id. A looser tier is only asked
 * when the closer ones gave fewer hits than were asked for, and the typo tier only when
 * they found fewer than {@code marquee.search.typo-threshold} (1: none).
 * <p>
 * Results come a page at a time. A page's cursor holds the rank of its last hit (its
 * closeness, popularity, kind and id) and how many hits came before: the next page ranks
 * candidates from tiers read that much deeper and answers those ranked after the cursor,
 * so no hit is answered twice and the order holds across pages. Paging reaches the best
 * {@value #DEEPEST} hits.
 */
@Service
@ConditionalOnWebApplication
class Search {

	/**
	 * The fewest documents a tier reads: each is read back and judged text by text, which
	 * is most of a search's work, so a tier reads twice the hits asked for, not more.
	 */
	static final int MIN_CANDIDATES = 20;

	static final int SUGGESTIONS = 10;

	/**
	 * The most frequent words a mistyped word is expanded to.
	 */
	static final int FUZZY_EXPANSIONS = 50;

	/**
	 * How many hits paging reaches: each page reads the tiers as deep as all the hits
	 * before it, so depth is bounded as Elasticsearch bounds its result window.
	 */
	static final int DEEPEST = 1000;

	private static final String SORT = "search";

	private final SearchIndex index;

	private final int typoThreshold;

	private final FilmPosters posters;

	Search(SearchIndex index, SearchProperties properties, FilmPosters posters) {
		this.index = index;
		this.typoThreshold = properties.typoThreshold();
		this.posters = posters;
	}

	PageView<SearchHit> search(String query, SearchType type, @Nullable String titleType, @Nullable Integer year,
			int size, @Nullable String after) {
		Cursor cursor = Cursor.decode(after, SORT, 7);
		Candidate last = (cursor != null) ? Candidate.of(cursor) : null;
		int before = (cursor != null) ? cursor.intKey(0) : 0;
		Folding.Words words = Folding.words(query);
		if (words.isEmpty() || before >= DEEPEST) {
			return PageView.of(List.<Shown>of(), size, (shown) -> shown.hit(Map.of()), Shown::cursor);
		}
		int page = Math.min(size, DEEPEST - before);
		List<Shown> ranked = rank(words, filter(type, titleType, year),
				new Window(before, page, last, before + page < DEEPEST), false, false);
		Map<Long, ImageSizes> posters = posters(ranked.subList(0, Math.min(page, ranked.size())));
		PageView<SearchHit> hits = PageView.of(ranked, page, (shown) -> shown.hit(posters), Shown::cursor);
		return new PageView<>(hits.items(), size, hits.nextCursor(), hits.next(), null);
	}

	Suggestions suggest(String query) {
		Folding.Words words = Folding.words(query);
		if (words.isEmpty()) {
			return new Suggestions(List.of());
		}
		List<Shown> ranked = rank(words, filter(SearchType.FILM, null, null), new Window(0, SUGGESTIONS, null, false),
				true, true);
		Map<Long, ImageSizes> posters = posters(ranked);
		return new Suggestions(ranked.stream().map((shown) -> shown.suggestion(posters)).toList());
	}

	/**
	 * The posters of the films among these hits, as listings show them, read from
	 * PostgreSQL in one statement (none when no film is among them): the index holds what
	 * finds and ranks a film, not its images, which change without its texts.
	 */
	private Map<Long, ImageSizes> posters(List<Shown> hits) {
		return this.posters.of(hits.stream()
			.filter((shown) -> shown.stored().kind() == Kind.FILM)
			.map((shown) -> shown.stored().id())
			.toList());
	}

	/**
	 * The hits of the window, best first.
	 */
	private List<Shown> rank(Folding.Words words, @Nullable Query filter, Window window, boolean startsFirst,
			boolean typing) {
		int depth = window.before() + window.size();
		int answered = window.size() + (window.peek() ? 1 : 0);
		List<Supplier<Query>> tiers = tiers(words, typing);
		Closeness.Typed typed = Closeness.Typed.of(words);
		Comparator<Candidate> order = Comparator.comparing(Candidate::closeness, Closeness.order(startsFirst))
			.thenComparing(Comparator.comparingLong(Candidate::popularity).reversed())
			.thenComparing(Candidate::kind)
			.thenComparingLong(Candidate::id);
		try {
			return this.index.search((searcher) -> {
				List<Candidate> candidates = new ArrayList<>();
				Set<Integer> seen = new HashSet<>();
				for (int tier = 0; tier < tiers.size(); tier++) {
					if (tier == Match.FUZZY.ordinal() && candidates.size() >= this.typoThreshold) {
						break;
					}
					collect(searcher, restrict(tiers.get(tier).get(), filter), Math.max(MIN_CANDIDATES, 2 * depth),
							typed, startsFirst, seen, candidates);
					if (enough(candidates, tier, window.before() + answered, startsFirst)) {
						break;
					}
				}
				candidates.sort(order);
				StoredFields stored = searcher.storedFields();
				List<Shown> shown = new ArrayList<>();
				for (Candidate candidate : candidates) {
					if (shown.size() == answered) {
						break;
					}
					if (window.last() == null || order.compare(candidate, window.last()) > 0) {
						shown.add(new Shown(Searchable.hit(stored, candidate.doc(), candidate.closeness().text()),
								candidate, window.before() + shown.size() + 1));
					}
				}
				return shown;
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the tiers asked so far settle the first {@code size} places: a later tier
	 * only adds candidates that rank after those that matched as closely as its
	 * predecessors ask. Search-as-you-type ranks texts that start with the query first;
	 * its first tier finds the most popular of them all.
	 */
	private static boolean enough(List<Candidate> candidates, int tier, int size, boolean startsFirst) {
		long settled = candidates.stream()
			.filter((c) -> (startsFirst && c.closeness().startsWith()) || c.closeness().match().ordinal() <= tier)
			.count();
		return settled >= size;
	}

	/**
	 * Judges the documents the query finds first that no closer tier found: from their
	 * {@value Searchable#TEXTS}, {@value Searchable#POPULARITY} and
	 * {@value Searchable#ORDER} doc values only, in document order (each segment's doc
	 * values are read forward).
	 */
	private static void collect(IndexSearcher searcher, Query query, int candidates, Closeness.Typed typed,
			boolean startsFirst, Set<Integer> seen, List<Candidate> into) throws IOException {
		TopFieldDocs top = searcher.search(query,
				new TopFieldCollectorManager(Searchable.INDEX_ORDER, candidates, null, candidates, false));
		// Those found by a closer tier are judged already (one searcher serves them all).
		int[] docs = Arrays.stream(top.scoreDocs).mapToInt((hit) -> hit.doc).filter(seen::add).sorted().toArray();
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = null;
		BinaryDocValues texts = null;
		NumericDocValues popularity = null;
		NumericDocValues order = null;
		for (int doc : docs) {
			if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
				leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				texts = DocValues.getBinary(leaf.reader(), Searchable.TEXTS);
				popularity = DocValues.getNumeric(leaf.reader(), Searchable.POPULARITY);
				order = DocValues.getNumeric(leaf.reader(), Searchable.ORDER);
			}
			int local = doc - leaf.docBase;
			if (!texts.advanceExact(local) || !popularity.advanceExact(local) || !order.advanceExact(local)) {
				throw new IllegalStateException("Search index document " + doc + " lacks its doc values");
			}
			Closeness closeness = Closeness.of(typed, EncodedTexts.of(texts.binaryValue()), startsFirst);
			if (closeness != null) {
				into.add(new Candidate(doc, Searchable.kindOf(order.longValue()), Searchable.idOf(order.longValue()),
						popularity.longValue(), closeness));
			}
		}
	}

	/**
	 * The queries of the tiers, closest first, each built when its tier is asked: most
	 * searches stop before the typo tier, whose automata are the costliest part of a
	 * query to build.
	 */
	private static List<Supplier<Query>> tiers(Folding.Words words, boolean typing) {
		List<String> all = words.words();
		String last = all.get(all.size() - 1);
		List<String> head = all.subList(0, all.size() - 1);
		List<Supplier<Query>> tiers = new ArrayList<>();
		tiers.add(() -> disjunction(words.exactForms()
			.stream()
			.map((typed) -> typing ? startsWith(typed) : new TermQuery(new Term(Searchable.EXACT, typed)))
			.toList()));
		tiers.add(() -> conjunction(all.stream().map(Search::word).toList()));
		tiers.add(() -> {
			List<Query> prefixed = new ArrayList<>(head.stream().map(Search::word).toList());
			prefixed.add(prefix(last));
			return conjunction(prefixed);
		});
		if (all.stream().anyMatch((word) -> Closeness.allowedEdits(word) > 0)) {
			tiers.add(() -> withTypos(all, typing));
		}
		return tiers;
	}

	/**
	 * Every word as it is or within its typos, the last one also as the start of a word
	 * (while typing, the start of a word with a typo in what has been typed).
	 */
	private static Query withTypos(List<String> all, boolean typing) {
		List<Query> fuzzy = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			String word = all.get(i);
			BooleanQuery.Builder either = new BooleanQuery.Builder().add(word(word), Occur.SHOULD);
			int edits = Closeness.allowedEdits(word);
			if (edits > 0) {
				either.add(typo(word, edits), Occur.SHOULD);
			}
			if (i == all.size() - 1) {
				either.add(prefix(word), Occur.SHOULD);
				if (edits > 0 && typing) {
					either.add(typedPrefix(word, edits), Occur.SHOULD);
				}
			}
			fuzzy.add(either.build());
		}
		return conjunction(fuzzy);
	}

	private static Query word(String word) {
		return new TermQuery(new Term(Searchable.WORD, word));
	}

	/**
	 * Words starting with {@code prefix}: the first three characters of every word are
	 * indexed (one term each), a longer prefix is expanded over the words that have it.
	 */
	private static Query prefix(String prefix) {
		return (prefix.codePointCount(0, prefix.length()) <= Searchable.WORD_PREFIX_LENGTH)
				? new TermQuery(new Term(Searchable.WORD_PREFIX, prefix))
				: new PrefixQuery(new Term(Searchable.WORD, prefix));
	}

	/**
	 * Words within {@code edits} typos of {@code word} ({@link Closeness#allowedEdits}),
	 * where a typo in the first character counts twice, as Meilisearch counts it: the
	 * first character is the one people get right, and keeping it fixed spares the
	 * enumeration of the whole term dictionary (a word of 8 characters or more may still
	 * have its first character mistyped, the rest exact).
	 */
	private static Query typo(String word, int edits) {
		Query rest = new FuzzyQuery(new Term(Searchable.WORD, word), edits, 1, FUZZY_EXPANSIONS, true);
		if (edits < 2 || word.length() < 2) {
			return rest;
		}
		String first = word.substring(0, word.offsetByCodePoints(0, 1));
		String tail = word.substring(first.length());
		String second = tail.substring(0, tail.offsetByCodePoints(0, 1));
		String swapped = second + first + tail.substring(second.length());
		Automaton mistyped = Operations.union(List.of(Automata.makeString(tail), Automata.makeString(swapped),
				Operations.concatenate(Automata.makeAnyChar(), Automata.makeString(tail)),
				Operations.concatenate(Automata.makeAnyChar(), Automata.makeString(word))));
		Query firstMistyped = new AutomatonQuery(new Term(Searchable.WORD, word),
				Operations.determinize(mistyped, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
		return new BooleanQuery.Builder().add(rest, Occur.SHOULD).add(firstMistyped, Occur.SHOULD).build();
	}

	/**
	 * Words starting with something within {@code edits} typos of {@code typed}, its
	 * first character as typed: the word being typed, with a typo in what has been typed
	 * so far. The Levenshtein automaton is already deterministic; reaching one of its
	 * accepting states accepts whatever follows, which keeps it so.
	 */
	private static Query typedPrefix(String typed, int edits) {
		String first = typed.substring(0, typed.offsetByCodePoints(0, 1));
		Automaton within = new LevenshteinAutomata(typed.substring(first.length()), true).toAutomaton(edits, first);
		Automaton starts = new Automaton();
		for (int state = 0; state < within.getNumStates(); state++) {
			starts.createState();
		}
		int anything = starts.createState();
		Transition transition = new Transition();
		for (int state = 0; state < within.getNumStates(); state++) {
			if (within.isAccept(state)) {
				starts.setAccept(state, true);
				starts.addTransition(state, anything, 0, Character.MAX_CODE_POINT);
				continue;
			}
			int count = within.initTransition(state, transition);
			for (int i = 0; i < count; i++) {
				within.getNextTransition(transition);
				starts.addTransition(state, transition.dest, transition.min, transition.max);
			}
		}
		starts.setAccept(anything, true);
		starts.addTransition(anything, anything, 0, Character.MAX_CODE_POINT);
		starts.finishState();
		return new AutomatonQuery(new Term(Searchable.WORD, typed), starts);
	}

	/**
	 * Texts one of whose exact spellings starts with {@code typed} (one of the query's
	 * exact spellings): the first {@value Searchable#EXACT_PREFIX_LENGTH} characters of
	 * every spelling are indexed (one term each); a longer start is looked for among the
	 * documents with a spelling starting with its first ones and with its words, the last
	 * one as a prefix ({@link TextStartsWith}). Every spelling's words, and its words
	 * joined by punctuation, are indexed words, so a text that starts with {@code typed}
	 * has them all; the documents that have them all without starting so are few, and a
	 * rare start costs a check of each.
	 */
	static Query startsWith(String typed) {
		int length = typed.codePointCount(0, typed.length());
		if (length <= Searchable.EXACT_PREFIX_LENGTH) {
			return new TermQuery(new Term(Searchable.EXACT_PREFIX, typed));
		}
		String start = typed.substring(0, typed.offsetByCodePoints(0, Searchable.EXACT_PREFIX_LENGTH));
		List<String> words = List.of(typed.split(" "));
		List<Query> clauses = new ArrayList<>();
		clauses.add(new TermQuery(new Term(Searchable.EXACT_PREFIX, start)));
		words.subList(0, words.size() - 1).forEach((word) -> clauses.add(word(word)));
		clauses.add(prefix(words.get(words.size() - 1)));
		return new TextStartsWith(conjunction(clauses), typed);
	}

	private static Query conjunction(List<Query> clauses) {
		return combine(clauses, Occur.FILTER);
	}

	private static Query disjunction(List<Query> clauses) {
		return combine(clauses, Occur.SHOULD);
	}

	private static Query combine(List<Query> clauses, Occur occur) {
		if (clauses.size() == 1) {
			return clauses.get(0);
		}
		BooleanQuery.Builder combined = new BooleanQuery.Builder();
		clauses.forEach((clause) -> combined.add(clause, occur));
		return combined.build();
	}

	private static Query restrict(Query query, @Nullable Query filter) {
		return (filter != null) ? new BooleanQuery.Builder().add(query, Occur.FILTER).add(filter, Occur.FILTER).build()
				: query;
	}

	private static @Nullable Query filter(SearchType type, @Nullable String titleType, @Nullable Integer year) {
		List<Query> filters = new ArrayList<>();
		if (type == SearchType.PERSON) {
			filters.add(new TermQuery(new Term(Searchable.KIND, Kind.PERSON.code)));
		}
		else if (type == SearchType.FILM || titleType != null || year != null) {
			filters.add(new TermQuery(new Term(Searchable.KIND, Kind.FILM.code)));
		}
		if (titleType != null) {
			filters.add(new TermQuery(new Term(Searchable.TYPE, titleType)));
		}
		if (year != null) {
			filters.add(IntPoint.newExactQuery(Searchable.YEAR, year));
		}
		return filters.isEmpty() ? null : conjunction(filters);
	}

	/**
	 * Which hits to answer: {@code size} of them after {@code last} (from the first when
	 * null), the page {@code before} hits deep, and with {@code peek} the hit after them,
	 * which only tells that there is a further page.
	 */
	private record Window(int before, int size, @Nullable Candidate last, boolean peek) {

	}

	/**
	 * A document the tiers found, judged: all that ranking it needs.
	 */
	private record Candidate(int doc, Kind kind, long id, long popularity, Closeness closeness) {

		/**
		 * The last hit of a page, as its cursor tells it: all that ranking needs.
		 */
		static Candidate of(Cursor cursor) {
			int match = cursor.intKey(1);
			int kind = cursor.intKey(5);
			if (match < 0 || match >= Match.values().length || kind < 0 || kind >= Kind.values().length
					|| cursor.intKey(0) < 1) {
				throw Cursor.malformed();
			}
			return new Candidate(-1, Kind.values()[kind], cursor.longKey(6), cursor.longKey(4),
					new Closeness(Match.values()[match], cursor.intKey(2), false, cursor.intKey(3)));
		}

	}

	/**
	 * A candidate that made the page, read back from its stored fields.
	 */
	private record Shown(Searchable.Hit stored, Candidate candidate, int position) {

		Closeness closeness() {
			return this.candidate.closeness();
		}

		Cursor cursor() {
			Candidate c = this.candidate;
			return Cursor.of(SORT, this.position, c.closeness().match().ordinal(), c.closeness().edits(),
					c.closeness().text(), c.popularity(), c.kind().ordinal(), c.id());
		}

		SearchHit hit(Map<Long, ImageSizes> posters) {
			Searchable.Hit s = this.stored;
			return (s.kind() == Kind.FILM) ? new FilmHit(s.id(), s.imdbId(), s.name(), s.year(), s.type(), s.matched(),
					closeness().match(), posters.get(s.id()))
					: new PersonHit(s.id(), s.imdbId(), s.name(), closeness().match());
		}

		Suggestion suggestion(Map<Long, ImageSizes> posters) {
			Searchable.Hit s = this.stored;
			return new Suggestion(s.id(), s.imdbId(), s.name(), s.year(), s.type(), s.matched(), posters.get(s.id()));
		}

	}

}
