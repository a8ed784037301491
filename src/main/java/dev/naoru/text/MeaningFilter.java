package dev.naoru.text;

import dev.naoru.kb.CharBits;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.AttributeSource.State;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.InflectionAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Keeps what carries meaning for diagnosis and drops the rest, unlike the stock JapaneseAnalyzer
 * (which drops 「できません」's negation):
 * <ul>
 *   <li>verbs and adjectives become their base form (取得でき → できる);</li>
 *   <li>every negator (ない, ん, へん, ず, 無い, なし…) becomes {@link Token#NEGATION};</li>
 *   <li>clause boundaries (。！？ and conjunctive particles けど, のに, から, たら…) become {@link #BOUNDARY}
 *       and commas {@link #COMMA}, so phrase matching stays inside one clause and negation inside one
 *       segment (clauses joined by commas);</li>
 *   <li>particles (except も "too", だけ/しか "only" and から "from"), politeness and tense auxiliaries, light verbs and symbols are dropped.</li>
 * </ul>
 */
public final class MeaningFilter extends TokenFilter {
    /** The term that marks a clause boundary in the token stream. */
    public static final String BOUNDARY = "|";
    /** The term that marks a comma: a clause boundary a negation may still reach across. */
    public static final String COMMA = ",";

    /** Word lists from kb/discourse.yaml (boundary particles, light verbs, kept particles…). */
    private final Lists lists;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final BaseFormAttribute baseForm = addAttribute(BaseFormAttribute.class);
    private final PartOfSpeechAttribute pos = addAttribute(PartOfSpeechAttribute.class);
    private final InflectionAttribute inflection = addAttribute(InflectionAttribute.class);
    private final Set<String> negators;
    private final Map<String, String> customBases;
    private final Map<String, String> kanaVerbs;
    /** The first characters of {@link #kanaVerbs}' keys: most base forms start with none. */
    private final CharBits kanaVerbStarts = new CharBits();
    private boolean lastWasBoundary = true;
    /** A negation still to emit after a contracted negative verb (送れん → 送る + ない). */
    private State pendingNegation;
    /** A negating prefix (未) was seen: the next content word gets a ない after it. */
    private boolean negateNext;
    /** The previous token was in an irrealis form (未然形) or from the user dictionary: a following ん negates. */
    private boolean previousIrrealis;

    /**
     * @param negators    terms rewritten to ない
     * @param customBases base forms of user-dictionary segments, which Kuromoji leaves without one
     * @param kanaVerbs   hiragana base forms of the KB's kanji verbs → the verb (かえる → 変える, {@link KanaSpellings})
     */
    public MeaningFilter(TokenStream in, Set<String> negators, Map<String, String> customBases, Lists lists, Map<String, String> kanaVerbs) {
        super(in);
        this.kanaVerbs = kanaVerbs;
        for (String k : kanaVerbs.keySet()) if (!k.isEmpty()) kanaVerbStarts.add(k.charAt(0));
        this.lists = lists;
        this.negators = negators;
        this.customBases = customBases;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingNegation != null) {
            restoreState(pendingNegation);
            pendingNegation = null;
            term.setEmpty().append(Token.NEGATION);
            posInc.setPositionIncrement(1);
            lastWasBoundary = false;
            return true;
        }
        int skipped = 0;
        while (input.incrementToken()) {
            String surface = term.toString();
            String base = baseForm.getBaseForm();
            int p = PosClass.of(pos.getPartOfSpeech());
            String canonical = base != null ? kanaVerb(base) : is(p, PosClass.CUSTOM) ? customBases.getOrDefault(surface, surface) : surface;
            Kind kind = classify(surface, canonical, p);
            String form = inflection.getInflectionForm();
            previousIrrealis = form != null && form.startsWith("未然") || is(p, PosClass.CUSTOM) || surface.equals("ませ");
            switch (kind) {
                case BOUNDARY, COMMA -> {
                    if (lastWasBoundary) {
                        skipped += posInc.getPositionIncrement();
                        continue;
                    }
                    term.setEmpty().append(kind == Kind.COMMA ? COMMA : BOUNDARY);
                }
                case NEGATION -> term.setEmpty().append(Token.NEGATION);
                case CONTENT -> {
                    term.setEmpty().append(is(p, PosClass.PARTICLE | PosClass.VERB | PosClass.CONJUNCTION) && lists.also().contains(surface)
                            ? "も" : canonical);
                    if (negateNext) {
                        negateNext = false;
                        pendingNegation = captureState();
                    }
                    // Kuromoji reads 送れん as one verb (体言接続特殊): its ん is a negation all the same.
                    // 読ん in 読んだ is 連用タ接続, a sound change with no negation in it.
                    if (is(p, PosClass.VERB) && surface.endsWith("ん") && form != null && form.startsWith("体言接続特殊")) {
                        pendingNegation = captureState();
                    }
                }
                case DROP -> {
                    skipped += posInc.getPositionIncrement();
                    continue;
                }
                case PREFIX_NEGATION -> {
                    negateNext = true;
                    skipped += posInc.getPositionIncrement();
                    continue;
                }
            }
            lastWasBoundary = kind == Kind.BOUNDARY || kind == Kind.COMMA;
            posInc.setPositionIncrement(posInc.getPositionIncrement() + skipped);
            return true;
        }
        return false;
    }

    /** The token-level lists of kb/discourse.yaml as sets, built once per analyzer. */
    public record Lists(Set<String> boundaryParticles, Set<String> boundarySurfaces, Set<String> lightVerbs,
                        Set<String> keptParticles, Set<String> negatingPrefixes, Set<String> also) {
        public static Lists of(dev.naoru.kb.Discourse d) {
            return new Lists(Set.copyOf(d.boundaryParticles()), Set.copyOf(d.boundarySurfaces()), Set.copyOf(d.lightVerbs()),
                    Set.copyOf(d.keptParticles()), Set.copyOf(d.negatingPrefixes()), Set.copyOf(d.alsoParticles()));
        }
    }

    private enum Kind { CONTENT, NEGATION, BOUNDARY, COMMA, PREFIX_NEGATION, DROP }

    /** The KB's verb a hiragana base form stands for (かえる → 変える), else the base form. */
    private String kanaVerb(String base) {
        if (base.isEmpty() || !kanaVerbStarts.mayHold(base.charAt(0))) return base;
        return kanaVerbs.getOrDefault(base, base);
    }

    private static boolean is(int posClass, int any) {
        return (posClass & any) != 0;
    }

    private Kind classify(String surface, String canonical, int p) {
        // A question mark mid-message is a hesitation (「バッテリー最適化？とかは何もいじってない」), not a full stop.
        if (is(p, PosClass.COMMA) || surface.equals(",") || surface.equals("?")) return Kind.COMMA;
        if (is(p, PosClass.PERIOD) || isSentencePunct(surface)) return Kind.BOUNDARY;
        if (is(p, PosClass.CONJUNCTIVE_PARTICLE) && lists.boundaryParticles().contains(surface)) return Kind.BOUNDARY;
        if (is(p, PosClass.AUXILIARY | PosClass.PARTICLE) && lists.boundarySurfaces().contains(surface)) return Kind.BOUNDARY;
        if (is(p, PosClass.CUSTOM) && lists.boundaryParticles().contains(canonical)) return Kind.BOUNDARY;
        if (is(p, PosClass.PREFIX) && lists.negatingPrefixes().contains(surface)) return Kind.PREFIX_NEGATION;
        // 「、でも無いです」: でも (or で + も) opening a clause is "but", not "too".
        // After a user-dictionary noun Kuromoji reads 「機種変もして」 as the verb もす (もし): it is も + する.
        // With a user-dictionary noun before it Kuromoji may read 「スマホでも会社の…」's でも as the conjunction "but":
        // mid-clause it is で + も all the same (at a clause's start it is "but", dropped below).
        boolean alsoMisread = is(p, PosClass.VERB | PosClass.CONJUNCTION) && lists.also().contains(surface);
        if ((is(p, PosClass.PARTICLE) || alsoMisread) && (lists.also().contains(surface) || surface.equals("も"))) {
            return lastWasBoundary ? Kind.DROP : Kind.CONTENT;
        }
        if (is(p, PosClass.PARTICLE)) return lists.keptParticles().contains(surface) ? Kind.CONTENT : Kind.DROP;
        // Only these parts of speech negate (below): the look-ups are skipped for the rest.
        boolean negator = is(p, PosClass.AUXILIARY | PosClass.ADJECTIVE | PosClass.CUSTOM | PosClass.VERB | PosClass.NOUN)
                && (negators.contains(canonical) || negators.contains(surface));
        // ん negates only after an irrealis form (わからん, ませ+ん) or a user-dictionary stem (でき+ん);
        // after a plain form it is the explanatory の (「アイコンになるんよ」「言われるんや」).
        if (negator && surface.equals("ん") && !is(p, PosClass.CUSTOM) && !previousIrrealis) negator = false;
        if (negator && (is(p, PosClass.AUXILIARY | PosClass.ADJECTIVE | PosClass.CUSTOM | PosClass.VERB)
                || (is(p, PosClass.NOUN) && !surface.equals("ん")))) {
            return Kind.NEGATION;
        }
        // Function words carry no content: auxiliaries, symbols, fillers… and the user dictionary's (Kansai 「んねん」,
        // tagged カスタム助動詞 / カスタム助詞).
        if (is(p, PosClass.CUSTOM_FUNCTION | PosClass.FUNCTION)) return Kind.DROP;
        if (is(p, PosClass.VERB) && lists.lightVerbs().contains(canonical)) return Kind.DROP;
        if (canonical.isBlank() || isSymbolOnly(surface)) return Kind.DROP;
        return Kind.CONTENT;
    }

    private static boolean isSentencePunct(String s) {
        return s.equals("!") || s.equals(".") || s.equals("…") || s.equals("\n");
    }

    private static boolean isSymbolOnly(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetterOrDigit(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lastWasBoundary = true;
        pendingNegation = null;
        negateNext = false;
        previousIrrealis = false;
    }
}
