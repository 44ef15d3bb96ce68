package dev.marquee.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Documents with a text one of whose exact spellings ({@link Folding.Words#exactForms})
 * starts with {@code typed}: those the {@code candidates} query finds (every document
 * with such a text, and others), each checked against its {@value Searchable#TEXTS} doc
 * value. The index holds the first {@value Searchable#EXACT_PREFIX_LENGTH} characters of
 * every spelling as terms; a longer start is found this way rather than by a term for
 * each of its lengths. The candidates are the documents with a spelling starting with the
 * start's first characters and with its words, the last one as a prefix, so the check
 * runs on few documents that fail it. (The words alone would not do: a popular film's
 * hundreds of alternate titles hold most common words between them, and its texts are the
 * longest to check.)
 */
final class TextStartsWith extends Query {

	private final Query candidates;

	private final String typed;

	private final byte[] prefix;

	TextStartsWith(Query candidates, String typed) {
		this.candidates = candidates;
		this.typed = typed;
		this.prefix = typed.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = this.candidates.rewrite(searcher);
		return (rewritten != this.candidates) ? new TextStartsWith(rewritten, this.typed) : this;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Weight found = this.candidates.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
		byte[] prefix = this.prefix;
		return new ConstantScoreWeight(this, boost) {

			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				Scorer scorer = found.scorer(context);
				if (scorer == null) {
					return null;
				}
				BinaryDocValues texts = DocValues.getBinary(context.reader(), Searchable.TEXTS);
				TwoPhaseIterator inner = scorer.twoPhaseIterator();
				DocIdSetIterator approximation = (inner != null) ? inner.approximation() : scorer.iterator();
				TwoPhaseIterator checked = new TwoPhaseIterator(approximation) {

					@Override
					public boolean matches() throws IOException {
						return (inner == null || inner.matches()) && texts.advanceExact(approximation.docID())
								&& EncodedTexts.anyStartsWith(texts.binaryValue(), prefix);
					}

					@Override
					public float matchCost() {
						// A scan of the document's texts' first bytes.
						return ((inner != null) ? inner.matchCost() : 0) + 64;
					}

				};
				return new ConstantScoreScorer(this, score(), scoreMode, checked);
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return found.isCacheable(context) && DocValues.isCacheable(context, Searchable.TEXTS);
			}

		};
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.candidates.visit(visitor.getSubVisitor(Occur.FILTER, this));
	}

	@Override
	public String toString(String field) {
		return "startsWith(" + this.typed + ", " + this.candidates.toString(field) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.candidates.equals(((TextStartsWith) other).candidates)
				&& Arrays.equals(this.prefix, ((TextStartsWith) other).prefix);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * classHash() + this.candidates.hashCode()) + Arrays.hashCode(this.prefix);
	}

}
