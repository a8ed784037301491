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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * An in-memory Lucene index of every KB phrasing, one document each, built once per snapshot.
 * The index's postings, read into arrays at load, find the phrasings that share terms with a text and supplies the IDF weights (BM25's
 * formula, from the index's document frequencies) that make a rare term such as 取得 count more than メール.
 */
final class PhrasingIndex {
    static final String FIELD = "terms";
    private final List<CompiledPhrasing> byDoc;
    /** Each indexed term's postings, read from the index once at load: one look-up a term of the text. */
    private final Map<String, Postings> postings;
    /** Each phrasing's total weight, by doc id: the candidate bound reads it for hundreds of phrasings a request. */
    private final double[] totalWeights;

    /**
     * @param docs    the phrasings holding the term, ascending doc ids
     * @param weights aligned with {@code docs}: the term's weight in each (summed over repeats)
     */
    private record Postings(int[] docs, double[] weights) {
    }

    private PhrasingIndex(List<CompiledPhrasing> byDoc, Map<String, int[]> docsOf) {
        this.byDoc = byDoc;
        Map<String, Postings> all = new HashMap<>();
        docsOf.forEach((term, docs) -> {
            double[] w = new double[docs.length];
            for (int i = 0; i < docs.length; i++) {
                CompiledPhrasing p = byDoc.get(docs[i]);
                for (int k = 0; k < p.terms().size(); k++) if (p.terms().get(k).equals(term)) w[i] += p.weights()[k];
            }
            all.put(term, new Postings(docs, w));
        });
        this.postings = Map.copyOf(all);
        this.totalWeights = new double[byDoc.size()];
        for (int d = 0; d < totalWeights.length; d++) totalWeights[d] = byDoc.get(d).totalWeight();
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
                // Repeated terms stay repeated: 「iPhoneもMacも」 (端末も端末も) needs two devices named.
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
        List<String> documents = new ArrayList<>(termsOf.size());
        for (List<String> terms : termsOf) documents.add(String.join(" ", terms));
        String key = PhrasingIndexCache.key(documents);
        PhrasingIndexCache.Reading<PhrasingIndex> compile = reader -> compile(reader, termsOf, negOf, factOf, phrasingOf);
        Optional<PhrasingIndex> cached = PhrasingIndexCache.read(key, compile);
        if (cached.isPresent()) return cached.get();
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (int i = 0; i < documents.size(); i++) {
                    Document d = new Document();
                    d.add(new TextField(FIELD, documents.get(i), Field.Store.NO));
                    d.add(new StoredField("pid", i));
                    w.addDocument(d);
                }
                w.forceMerge(1);
            }
            PhrasingIndex built;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                built = compile.read(reader);
            }
            PhrasingIndexCache.store(key, dir);
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The phrasings in index order with their term weights (IDF), and the postings, read from an index of them. */
    private static PhrasingIndex compile(DirectoryReader reader, List<List<String>> termsOf, List<Boolean> negOf, List<Fact> factOf,
                                         List<Phrasing> phrasingOf) throws IOException {
        int n = reader.numDocs();
        if (n != termsOf.size()) throw new IOException("index holds " + n + " documents, expected " + termsOf.size());
        // The index has no deletions, so a term's posting list is as long as its document frequency:
        // the IDF below reads it there instead of asking the reader for each term of each phrasing.
        Map<String, int[]> postings = postings(reader);
        CompiledPhrasing[] byDoc = new CompiledPhrasing[reader.maxDoc()];
        var stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            int pid = stored.document(doc).getField("pid").numericValue().intValue();
            List<String> terms = termsOf.get(pid);
            double[] w = new double[terms.size()];
            for (int k = 0; k < w.length; k++) {
                int[] docs = postings.get(terms.get(k));   // none for a term the whitespace split would cut
                int df = docs == null ? 0 : docs.length;
                w[k] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            }
            byDoc[doc] = new CompiledPhrasing(factOf.get(pid), phrasingOf.get(pid), terms, w, negOf.get(pid));
        }
        return new PhrasingIndex(List.of(byDoc), postings);
    }

    /** The postings of every term of the index: what a term query would visit, kept as arrays. */
    private static Map<String, int[]> postings(DirectoryReader reader) throws IOException {
        Map<String, int[]> out = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(FIELD);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            PostingsEnum pe = null;
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                pe = te.postings(pe, PostingsEnum.NONE);
                int[] docs = new int[te.docFreq()];
                int n = 0;
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(d)) docs[n++] = leaf.docBase + d;
                }
                out.merge(t.utf8ToString(), Arrays.copyOf(docs, n), PhrasingIndex::union);
            }
        }
        return Map.copyOf(out);
    }

    private static int[] union(int[] a, int[] b) {
        return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
    }

    /**
     * The phrasings whose terms present in the text weigh at least {@code minShare} of their total weight,
     * in index order: term-at-a-time accumulation over the postings (primitive arrays, no per-candidate
     * look-ups), so the many phrasings that share only メール with a text are never looked at. A bound, not
     * the score: the matcher still scores each survivor clause by clause.
     */
    List<CompiledPhrasing> candidates(Collection<String> terms, double minShare) {
        if (terms.isEmpty()) return List.of();
        Accumulator acc = accumulator.get();
        double[] present = acc.present;
        int[] touched = acc.touched;
        int n = 0;
        for (String t : terms) {
            Postings posting = postings.get(t);
            if (posting == null) continue;
            int[] docs = posting.docs();
            double[] w = posting.weights();
            for (int i = 0; i < docs.length; i++) {
                // Every weight is an IDF, above zero: a zero sum means a phrasing not reached yet.
                if (present[docs[i]] == 0) touched[n++] = docs[i];
                present[docs[i]] += w[i];
            }
        }
        // Keep the survivors (moved to the front of touched), then sort only them: a common word reaches
        // hundreds of phrasings, of which a handful survive.
        int kept = 0;
        for (int k = 0; k < n; k++) {
            int d = touched[k];
            // The slack keeps every phrasing the matcher's exact check (summed in another order) would keep.
            if (present[d] >= minShare * totalWeights[d] - 1e-9) touched[kept++] = d;
            present[d] = 0;   // ready for this thread's next request
        }
        Arrays.sort(touched, 0, kept);   // index order, as a scan of every phrasing would give
        List<CompiledPhrasing> out = new ArrayList<>(kept);
        for (int k = 0; k < kept; k++) out.add(byDoc.get(touched[k]));
        return out;
    }

    /**
     * One thread's sums per phrasing and the phrasings it reached, kept between requests: allocating and
     * zeroing an array as long as the index on every request cost more than the sums, and pushed the
     * tokenizer's dictionary out of the CPU caches. Only the reached entries are read and reset.
     */
    private static final class Accumulator {
        final double[] present;
        final int[] touched;

        Accumulator(int size) {
            present = new double[size];
            touched = new int[size];
        }
    }

    private final ThreadLocal<Accumulator> accumulator = ThreadLocal.withInitial(() -> new Accumulator(size()));

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

    /** Every compiled phrasing, in index order. */
    List<CompiledPhrasing> all() {
        return byDoc;
    }

    int size() {
        return byDoc.size();
    }
}
