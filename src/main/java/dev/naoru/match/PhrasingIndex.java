package dev.naoru.match;

import dev.naoru.kb.Fact;
import dev.naoru.kb.KbException;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Phrasing;
import dev.naoru.kb.Problem;
import dev.naoru.text.TextAnalyzer;
import dev.naoru.text.Token;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An in-memory Lucene index of every KB phrasing, one document each, built once per snapshot.
 * The index finds the phrasings that share terms with a text and supplies the IDF weights (BM25's
 * formula, from the index's document frequencies) that make a rare term such as 取得 count more than メール.
 */
final class PhrasingIndex {
    static final String FIELD = "terms";
    private final IndexSearcher searcher;
    private final List<CompiledPhrasing> byDoc;

    private PhrasingIndex(IndexSearcher searcher, List<CompiledPhrasing> byDoc) {
        this.searcher = searcher;
        this.byDoc = byDoc;
    }

    static PhrasingIndex build(KnowledgeBase kb, TextAnalyzer analyzer) {
        List<Problem> problems = new ArrayList<>();
        List<Fact> facts = kb.allFacts();
        List<List<String>> termsOf = new ArrayList<>();
        List<Boolean> negOf = new ArrayList<>();
        List<Fact> factOf = new ArrayList<>();
        List<Phrasing> phrasingOf = new ArrayList<>();
        for (Fact f : facts) {
            for (Phrasing p : f.phrasings()) {
                var analysis = analyzer.analyze(p.text());
                if (analysis.clauseCount() > 1) {
                    problems.add(Problem.at(p.where(), "phrasing '" + p.text() + "' of '" + f.id() + "' spans " + analysis.clauseCount()
                            + " clauses", "a phrasing is matched inside one clause; drop the part after 、 or けど, のに, から…"));
                    continue;
                }
                List<String> all = analysis.tokens().stream().map(Token::term).toList();
                // Repeated terms stay repeated: 「端末も端末も」 needs two devices named.
                List<String> content = new ArrayList<>(all);
                boolean neg = content.removeIf(Token.NEGATION::equals);
                if (content.isEmpty()) {
                    problems.add(Problem.at(p.where(),
                            "phrasing '" + p.text() + "' of '" + f.id() + "' has no content words after analysis",
                            "write the words the user would type, e.g. 「メールを取得できない」"));
                    continue;
                }
                termsOf.add(List.copyOf(content));
                negOf.add(neg);
                factOf.add(f);
                phrasingOf.add(p);
            }
        }
        if (!problems.isEmpty()) throw new KbException(problems);
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < termsOf.size(); i++) {
                    Document d = new Document();
                    d.add(new TextField(FIELD, String.join(" ", termsOf.get(i)), Field.Store.NO));
                    d.add(new StoredField("pid", i));
                    w.addDocument(d);
                }
                w.forceMerge(1);
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            IndexSearcher searcher = new IndexSearcher(reader);
            int n = reader.numDocs();
            CompiledPhrasing[] byDoc = new CompiledPhrasing[reader.maxDoc()];
            var stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                int pid = stored.document(doc).getField("pid").numericValue().intValue();
                List<String> terms = termsOf.get(pid);
                double[] w = new double[terms.size()];
                for (int k = 0; k < w.length; k++) {
                    int df = reader.docFreq(new Term(FIELD, terms.get(k)));
                    w[k] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                }
                byDoc[doc] = new CompiledPhrasing(factOf.get(pid), phrasingOf.get(pid), terms, w, negOf.get(pid));
            }
            return new PhrasingIndex(searcher, List.of(byDoc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every phrasing sharing at least one term with the text, in index order. Unscored: the matcher
     * computes its own IDF-weighted coverage, so a constant-score term-set query is all it needs.
     */
    List<CompiledPhrasing> candidates(Collection<String> terms) {
        if (terms.isEmpty()) return List.of();
        List<BytesRef> refs = new ArrayList<>(terms.size());
        for (String t : terms) refs.add(new BytesRef(t));
        List<CompiledPhrasing> out = new ArrayList<>();
        try {
            searcher.search(new TermInSetQuery(FIELD, refs), new SimpleCollector() {
                private int base;

                @Override
                protected void doSetNextReader(LeafReaderContext context) {
                    base = context.docBase;
                }

                @Override
                public void collect(int doc) {
                    out.add(byDoc.get(base + doc));
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every term of every phrasing: the vocabulary typos are repaired towards. */
    java.util.Set<String> vocabulary() {
        java.util.Set<String> v = new java.util.HashSet<>();
        for (CompiledPhrasing p : byDoc) v.addAll(p.terms());
        return v;
    }

    /**
     * The terms of each fact's positive phrasings (those without ない), by fact id: the words a user may
     * put between the fact and a negation of it (「転送設定とかルールはいじってない」).
     */
    java.util.Map<String, java.util.Set<String>> termsByFact() {
        java.util.Map<String, java.util.Set<String>> m = new java.util.HashMap<>();
        for (CompiledPhrasing p : byDoc) {
            java.util.Set<String> s = m.computeIfAbsent(p.fact().id(), k -> new java.util.HashSet<>());
            if (!p.requiresNegation()) s.addAll(p.terms());
        }
        m.replaceAll((k, v) -> java.util.Set.copyOf(v));
        return java.util.Map.copyOf(m);
    }

    int size() {
        return byDoc.size();
    }
}
