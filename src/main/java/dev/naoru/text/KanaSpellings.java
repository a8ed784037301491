package dev.naoru.text;

import dev.naoru.kb.SourceRef;
import dev.naoru.kb.UserDictEntry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The KB's own kanji words as a user types them without conversion (「しゃしんを てんぷ」「めーるが とどかない」,
 * children, voice input, romaji read out as kana): derived at load from the phrasings, so a new phrasing
 * brings its kana spelling with it and no one writes a reading by hand.
 * <ul>
 *   <li>a kanji noun of two or more characters (写真, 送信, 迷惑) with a reading of at least four kana becomes a
 *       user-dictionary word in hiragana (しゃしん) whose base is the noun: the stock dictionary cuts such
 *       runs into nonsense (しゃし+ん);</li>
 *   <li>a kanji verb (変える, 送る) with a reading of at least three kana maps Kuromoji's hiragana base form
 *       (かえる, おくる) to it: the stock dictionary reads hiragana verbs well but leaves them in kana;</li>
 *   <li>a katakana word of the KB's texts (phrasings, device cues, synonyms: アイフォン, フォルダ) becomes a user-dictionary
 *       word in hiragana read as it (あいふぉん, ふぉるだ), unless that is three plain letters (どこも is not ドコモ).</li>
 * </ul>
 * A reading two different words of the KB share (a homophone) is left out, as is a hiragana noun
 * reading the stock dictionary knows as a word of another part of speech (another word) and any surface
 * a hand-written entry of kb/userdict.yaml or kb/synonyms.yaml has.
 */
public record KanaSpellings(List<UserDictEntry> nouns, Map<String, String> verbs) {
    /** Shorter noun readings collide with everyday kana (きのう: 機能 or 昨日, いじょう: 異常 or 以上). */
    static final int MIN_NOUN_READING = 4;
    static final int MIN_VERB_READING = 3;

    public KanaSpellings {
        nouns = List.copyOf(nouns);
        verbs = Map.copyOf(verbs);
    }

    public static KanaSpellings none() {
        return new KanaSpellings(List.of(), Map.of());
    }

    /**
     * Derives the spellings of the words of {@code phrasings} (texts with where they are written).
     *
     * @param dict    the KB's user dictionary, so phrasings are cut as at run time
     * @param handMade surfaces kb/userdict.yaml and kb/synonyms.yaml already have
     */
    public static KanaSpellings derive(Map<String, SourceRef> phrasings, Optional<UserDictionary> dict, Set<String> handMade) {
        return derive(phrasings, List.of(), dict, handMade);
    }

    /**
     * Also gives each katakana word of {@code kbWords} (the KB's texts, normalized: phrasings, device cues, synonyms) of
     * three letters or more its spelling in hiragana as TextNormalizer leaves it (ふぉるだ → フォルダ, あいふぉん → アイフォン,
     * ぱすわーど → ぱすワード): a loanword typed without conversion.
     */
    public static KanaSpellings derive(Map<String, SourceRef> phrasings, List<String> kbWords, Optional<UserDictionary> dict,
                                       Set<String> handMade) {
        Analyzer kb = kuromoji(dict.orElse(null));
        Analyzer stock = kuromoji(null);
        Map<String, Set<String>> nounSpellings = new LinkedHashMap<>();
        Map<String, SourceRef> nounWhere = new HashMap<>();
        Map<String, String> nounPos = new HashMap<>();
        Map<String, Set<String>> verbSpellings = new LinkedHashMap<>();
        Set<String> verbBases = new HashSet<>();
        phrasings.forEach((text, where) -> read(kb, TextNormalizer.normalize(text), (surface, pos, reading, base) -> {
            if (pos.startsWith("名詞") && surface.length() >= 2 && allHan(surface) && reading != null) {
                String kana = Kana.toHiragana(reading);
                if (kana.length() >= MIN_NOUN_READING && asTyped(kana)) {
                    nounSpellings.computeIfAbsent(kana, k -> new HashSet<>()).add(surface);
                    nounWhere.putIfAbsent(kana, where);
                    nounPos.putIfAbsent(kana, pos);
                }
            } else if (pos.startsWith("動詞") && base != null && anyHan(base)) {
                verbBases.add(base);
            }
        }));
        // A verb's reading is that of its base form read alone (届か reads トドカ, 届く トドク).
        for (String base : verbBases) {
            read(kb, base, (surface, pos, reading, b) -> {
                if (surface.equals(base) && pos.startsWith("動詞") && reading != null) {
                    String kana = Kana.toHiragana(reading);
                    if (kana.length() >= MIN_VERB_READING && asTyped(kana)) verbSpellings.computeIfAbsent(kana, k -> new HashSet<>()).add(base);
                }
            });
        }
        List<UserDictEntry> nouns = new ArrayList<>();
        nounSpellings.forEach((kana, spellings) -> {
            if (spellings.size() != 1 || handMade.contains(kana) || otherStockWord(stock, kana, nounPos.get(kana))) return;
            nouns.add(noun(kana, spellings.iterator().next(), nounWhere.get(kana)));
        });
        nouns.addAll(loanwords(kbWords, kb, stock, handMade, nouns));
        Map<String, String> verbs = new HashMap<>();
        verbSpellings.forEach((kana, spellings) -> {
            if (spellings.size() == 1) verbs.put(kana, spellings.iterator().next());
        });
        return new KanaSpellings(nouns, verbs);
    }

    /**
     * The hiragana spellings of the KB's katakana words, each word as Kuromoji cuts it (メールソフト is メール + ソフト, so
     * a spelling reads as the katakana does), as TextNormalizer leaves the spelling (ぱすわーど → ぱすワード).
     */
    private static List<UserDictEntry> loanwords(List<String> kbWords, Analyzer kb, Analyzer stock, Set<String> handMade,
                                                List<UserDictEntry> nouns) {
        Set<String> katakanaWords = new java.util.LinkedHashSet<>();
        for (String w : kbWords) {
            if (!KATAKANA_WORD.matcher(w).find()) continue;
            read(kb, w, (surface, pos, reading, base) -> {
                if (KATAKANA_WORD.matcher(surface).matches()) katakanaWords.add(surface);
            });
        }
        Set<String> taken = new HashSet<>();
        for (UserDictEntry e : nouns) taken.add(e.surface());
        List<UserDictEntry> out = new ArrayList<>();
        for (String word : katakanaWords) {
            String typed = TextNormalizer.normalize(Kana.toHiragana(word));
            if (typed.equals(word) || !hasHiragana(typed) || handMade.contains(typed) || !taken.add(typed)) continue;
            // Three plain hiragana letters are as likely a native word or phrase (どこも is "everywhere", not ドコモ).
            if (!loanwordLike(typed) || otherStockWord(stock, typed, "名詞")) continue;
            out.add(loanword(typed, word));
        }
        return out;
    }

    /** Where a loanword's hiragana spelling comes from: the KB's katakana words, no one line of them. */
    static final SourceRef LOANWORDS = SourceRef.of("kb (katakana words typed in hiragana)");
    private static final java.util.regex.Pattern KATAKANA_WORD = java.util.regex.Pattern.compile("[\\u30A1-\\u30FA][\\u30A1-\\u30FAー]{2,}");

    /** The user-dictionary word of a katakana word's hiragana spelling (as normalized), read as the katakana word. */
    static UserDictEntry loanword(String typed, String katakana) {
        return new UserDictEntry(typed, List.of(typed), List.of(Kana.toKatakana(typed)), List.of(katakana), "カスタム名詞", "", LOANWORDS);
    }

    /** Four letters or more, or a small kana, ー or a katakana letter in it (ねっと, メールあぷり). */
    private static boolean loanwordLike(String typed) {
        if (typed.length() >= 4) return true;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if ("ぁぃぅぇぉっゃゅょゎー".indexOf(c) >= 0 || c >= '\u30A1' && c <= '\u30FA') return true;
        }
        return false;
    }

    private static boolean hasHiragana(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '\u3041' && s.charAt(i) <= '\u3096') return true;
        return false;
    }

    /** The user-dictionary word of a noun's hiragana spelling. */
    static UserDictEntry noun(String kana, String noun, SourceRef where) {
        return new UserDictEntry(kana, List.of(kana), List.of(Kana.toKatakana(kana)), List.of(noun), "カスタム名詞", "", where);
    }

    private interface TokenSink {
        void token(String surface, String pos, String reading, String base);
    }

    private static void read(Analyzer a, String text, TokenSink sink) {
        try (TokenStream ts = a.tokenStream("t", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute pos = ts.addAttribute(PartOfSpeechAttribute.class);
            ReadingAttribute reading = ts.addAttribute(ReadingAttribute.class);
            BaseFormAttribute base = ts.addAttribute(BaseFormAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String p = pos.getPartOfSpeech();
                sink.token(t.toString(), p == null ? "" : p, reading.getReading(), base.getBaseForm());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stock dictionary reads the kana as one word of another part of speech: another word (きのう is 昨日,
     * an adverbial noun, where the KB's 機能 is a サ変 noun). One of the same part of speech (せってい) is the KB's word.
     */
    private static boolean otherStockWord(Analyzer stock, String kana, String pos) {
        List<String> tags = new ArrayList<>();
        read(stock, kana, (s, p, r, b) -> tags.add(p));
        return tags.size() == 1 && !tags.get(0).equals(pos);
    }

    private static Analyzer kuromoji(UserDictionary dict) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new JapaneseTokenizer(dict, false, true, JapaneseTokenizer.Mode.SEARCH));
            }
        };
    }

    /** Plain hiragana, as a text reads after {@link TextNormalizer} (no ー, no small あいうえお). */
    private static boolean asTyped(String kana) {
        for (int i = 0; i < kana.length(); i++) {
            char c = kana.charAt(i);
            if (c < '\u3041' || c > '\u3096' || "ぁぃぅぇぉ".indexOf(c) >= 0) return false;
        }
        return true;
    }

    private static boolean allHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean anyHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) return true;
            i += Character.charCount(c);
        }
        return false;
    }
}
