package dev.naoru.text;

import dev.naoru.kb.Device;
import dev.naoru.kb.Discourse;
import dev.naoru.kb.Fact;
import dev.naoru.kb.Phrasing;
import dev.naoru.kb.SourceRef;
import dev.naoru.kb.KbException;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Problem;
import dev.naoru.kb.Synonym;
import dev.naoru.kb.UserDictEntry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Kuromoji with the KB's user dictionary and synonyms, plus {@link MeaningFilter}. Built once per
 * KB snapshot; {@link #analyze} is thread-safe (Lucene analyzers reuse token streams per thread).
 */
public final class TextAnalyzer {
    private final Analyzer base;
    private final Analyzer withSynonyms;

    private final KanaSpellings kana;
    private final KatakanaText katakana;
    private final RomajiText romaji;
    /** The synonyms applied to the finished term list; empty: Lucene's filter applies them ({@link SynonymRewrite}). */
    private final Optional<SynonymRewrite> rewrite;

    private TextAnalyzer(Optional<UserDictionary> dict, Set<String> negators, Map<String, String> bases,
                         MeaningFilter.Lists lists, Optional<SynonymMap> synonyms, KanaSpellings kana, KatakanaText katakana,
                         RomajiText romaji, Optional<SynonymRewrite> rewrite) {
        this.rewrite = rewrite;
        this.kana = kana;
        this.katakana = katakana;
        this.romaji = romaji;
        this.base = new NaoruAnalyzer(dict, negators, bases, lists, Optional.empty(), kana.verbs());
        this.withSynonyms = synonyms.isPresent() ? new NaoruAnalyzer(dict, negators, bases, lists, synonyms, kana.verbs()) : base;
    }

    /** Builds the analyzer of a KB; dictionary or synonym entries Kuromoji rejects are reported located. */
    public static TextAnalyzer build(KnowledgeBase kb) {
        Map<String, SourceRef> phrasings = new LinkedHashMap<>();
        for (Fact f : kb.allFacts()) for (Phrasing p : f.phrasings()) phrasings.putIfAbsent(p.text(), p.where());
        List<String> cues = new ArrayList<>();
        for (Device d : kb.devices()) {
            cues.addAll(d.cues());
            for (Device.Variant v : d.variants()) cues.addAll(v.cues());
        }
        return build(kb.userDictionary(), kb.synonyms(), kb.negation().negators(), kb.discourse(), phrasings, cues);
    }

    /** Builds an analyzer from parts of a KB (tests leave some out to show what an entry does), with no kana spellings. */
    public static TextAnalyzer build(List<UserDictEntry> dictEntries, List<Synonym> synonyms, List<String> negators,
                                     Discourse discourse) {
        return build(dictEntries, synonyms, negators, discourse, Map.of(), List.of());
    }

    /**
     * Builds an analyzer from parts of a KB; the kana spellings of the words of {@code phrasings} (text → where)
     * join the user dictionary ({@link KanaSpellings}), and a message typed in katakana ({@link KatakanaText}) or
     * romaji ({@link RomajiText}) is read in hiragana keeping the words of the phrasings, {@code cues} (device
     * names), synonyms and dictionary.
     */
    public static TextAnalyzer build(List<UserDictEntry> dictEntries, List<Synonym> synonyms, List<String> negators,
                                     Discourse discourse, Map<String, SourceRef> phrasings, List<String> cues) {
        MeaningFilter.Lists lists = MeaningFilter.Lists.of(discourse);
        List<Problem> problems = new ArrayList<>();
        Optional<UserDictionary> dict = userDictionary(dictEntries, problems);
        // The KB's own texts, as normalized: their katakana words are kept in a katakana message, found in romaji
        // and get a hiragana spelling.
        List<String> words = new ArrayList<>();
        if (!phrasings.isEmpty()) {
            for (String p : phrasings.keySet()) words.add(TextNormalizer.normalize(p));
            for (String c : cues) words.add(TextNormalizer.normalize(c));
            for (Synonym syn : synonyms) {
                words.add(TextNormalizer.normalize(syn.canonical()));
                for (String v : syn.variants()) words.add(TextNormalizer.normalize(v));
            }
            for (UserDictEntry e : dictEntries) words.add(e.surface());
        }
        KanaSpellings kana = KanaSpellings.none();
        if (!phrasings.isEmpty() && problems.isEmpty()) {
            Set<String> handMade = new HashSet<>();
            for (UserDictEntry e : dictEntries) handMade.add(e.surface());
            for (Synonym syn : synonyms) for (String v : syn.variants()) handMade.add(TextNormalizer.normalize(v));
            Optional<UserDictionary> handDict = dict;
            kana = KanaSpellingsCache.get(phrasings, words, dictEntries, handMade,
                    () -> KanaSpellings.derive(phrasings, words, handDict, handMade));
            if (!kana.nouns().isEmpty()) {
                List<UserDictEntry> all = new ArrayList<>(dictEntries);
                all.addAll(kana.nouns());
                dictEntries = all;
                dict = userDictionary(dictEntries, problems);
            }
        }
        Set<String> neg = new HashSet<>(negators);
        Map<String, String> bases = new HashMap<>();
        for (UserDictEntry e : dictEntries) {
            for (int i = 0; i < e.bases().size() && i < e.segments().size(); i++) bases.put(e.segments().get(i), e.bases().get(i));
        }
        KatakanaText katakana = words.isEmpty() ? KatakanaText.none() : new KatakanaText(words);
        RomajiText romaji = words.isEmpty() ? RomajiText.none() : new RomajiText(words);
        TextAnalyzer plain = new TextAnalyzer(dict, neg, bases, lists, Optional.empty(), kana, katakana, romaji, Optional.empty());
        List<Map.Entry<List<String>, List<String>>> pairs = new ArrayList<>();
        Optional<SynonymMap> map = plain.synonymMap(synonyms, problems, pairs);
        if (!problems.isEmpty()) throw new KbException(problems);
        return map.isEmpty() ? plain : new TextAnalyzer(dict, neg, bases, lists, map, kana, katakana, romaji, SynonymRewrite.of(pairs));
    }

    /** The kana spellings of the KB's words this analyzer reads (none when built from parts). */
    public KanaSpellings kanaSpellings() {
        return kana;
    }

    private static Optional<UserDictionary> userDictionary(List<UserDictEntry> entries, List<Problem> problems) {
        if (entries.isEmpty()) return Optional.empty();
        StringBuilder csv = new StringBuilder();
        for (UserDictEntry e : entries) {
            try {
                UserDictionary.open(new StringReader(e.csvLine()));
            } catch (IOException | RuntimeException ex) {
                problems.add(Problem.at(e.where(), "Kuromoji rejects user-dictionary entry '" + e.surface() + "': " + ex.getMessage(),
                        "format: surface, segments, one katakana reading per segment"));
                continue;
            }
            csv.append(e.csvLine()).append('\n');
        }
        try {
            return Optional.ofNullable(UserDictionary.open(new StringReader(csv.toString())));
        } catch (IOException | RuntimeException ex) {
            problems.add(new Problem("kb/userdict.yaml", 0, 0, "Kuromoji rejects the user dictionary: " + ex.getMessage(), ""));
            return Optional.empty();
        }
    }

    /** The synonym map, and each variant's terms → its canonical's into {@code pairs}. */
    private Optional<SynonymMap> synonymMap(List<Synonym> synonyms, List<Problem> problems, List<Map.Entry<List<String>, List<String>>> pairs) {
        if (synonyms.isEmpty()) return Optional.empty();
        SynonymMap.Builder b = new SynonymMap.Builder(true);
        for (Synonym s : synonyms) {
            List<String> canon = terms(base, s.canonical());
            if (canon.isEmpty()) {
                problems.add(Problem.at(s.where(), "canonical '" + s.canonical() + "' analyzes to nothing", "use a content word"));
                continue;
            }
            CharsRef out = SynonymMap.Builder.join(canon.toArray(String[]::new), new CharsRefBuilder());
            for (String v : s.variants()) {
                List<String> in = terms(base, v);
                if (in.isEmpty() || in.equals(canon)) {
                    problems.add(Problem.at(s.where(), "variant '" + v + "' of '" + s.canonical() + "' "
                            + (in.isEmpty() ? "analyzes to nothing" : "already analyzes to the canonical form"),
                            "drop it, or check it with 'naoru explain'"));
                    continue;
                }
                b.add(SynonymMap.Builder.join(in.toArray(String[]::new), new CharsRefBuilder()), out, false);
                pairs.add(Map.entry(List.copyOf(in), List.copyOf(canon)));
            }
        }
        try {
            return Optional.of(b.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The meaningful terms of a text, boundaries and negations included, without synonyms applied. */
    private static List<String> terms(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("t", TextNormalizer.normalize(text))) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (!MeaningFilter.BOUNDARY.contentEquals(t) && !MeaningFilter.COMMA.contentEquals(t)) out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Normalizes and tokenizes a text. Never throws on any input string. */
    public Analysis analyze(String raw) {
        return analyze(raw, rewrite.isPresent());
    }

    /** As {@link #analyze(String)}, the synonyms applied by Lucene's SynonymGraphFilter (tests hold the rewrite to it). */
    Analysis analyzeWithSynonymFilter(String raw) {
        return analyze(raw, false);
    }

    private Analysis analyze(String raw, boolean rewritten) {
        String normalized = katakana.read(romaji.read(TextNormalizer.normalize(raw == null ? "" : raw)));
        List<SynonymRewrite.Raw> raws = new ArrayList<>();
        try (TokenStream ts = (rewritten ? base : withSynonyms).tokenStream("t", normalized)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) raws.add(new SynonymRewrite.Raw(t.toString(), off.startOffset(), off.endOffset()));
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rewritten) raws = rewrite.get().apply(raws);
        List<Token> tokens = new ArrayList<>(raws.size());
        int clause = 0;
        int segment = 0;
        boolean pendingBoundary = false;
        boolean pendingStrong = false;
        for (SynonymRewrite.Raw r : raws) {
            String term = r.term();
            if (term.equals(MeaningFilter.BOUNDARY) || term.equals(MeaningFilter.COMMA)) {
                pendingBoundary = true;
                pendingStrong |= term.equals(MeaningFilter.BOUNDARY);
                continue;
            }
            if (pendingBoundary && !tokens.isEmpty()) {
                clause++;
                if (pendingStrong) segment++;
            }
            pendingBoundary = false;
            pendingStrong = false;
            int start = Math.max(0, Math.min(r.start(), normalized.length()));
            int end = Math.max(start, Math.min(r.end(), normalized.length()));
            // Most words are their own term: the surface is then the term's string, not another copy.
            String surface = end - start == term.length() && normalized.startsWith(term, start) ? term : normalized.substring(start, end);
            tokens.add(new Token(term, surface, tokens.size(), clause, start, end, segment));
        }
        return new Analysis(raw == null ? "" : raw, normalized, tokens, tokens.isEmpty() ? 0 : clause + 1);
    }

    private static final class NaoruAnalyzer extends Analyzer {
        private final Optional<UserDictionary> dict;
        private final Set<String> negators;
        private final Map<String, String> bases;
        private final Optional<SynonymMap> synonyms;
        private final MeaningFilter.Lists lists;
        private final Map<String, String> kanaVerbs;

        NaoruAnalyzer(Optional<UserDictionary> dict, Set<String> negators, Map<String, String> bases,
                      MeaningFilter.Lists lists, Optional<SynonymMap> synonyms, Map<String, String> kanaVerbs) {
            this.kanaVerbs = kanaVerbs;
            this.lists = lists;
            this.dict = dict;
            this.negators = negators;
            this.bases = Map.copyOf(bases);
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            JapaneseTokenizer tok = new JapaneseTokenizer(dict.orElse(null), false, true, JapaneseTokenizer.Mode.SEARCH);
            TokenStream ts = new MeaningFilter(tok, negators, bases, lists, kanaVerbs);
            ts = new LowerCaseFilter(ts);
            if (synonyms.isPresent()) ts = new SynonymGraphFilter(ts, synonyms.get(), true);
            return new TokenStreamComponents(tok, ts);
        }
    }
}
