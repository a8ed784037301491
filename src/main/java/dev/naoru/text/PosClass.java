package dev.naoru.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link MeaningFilter} asks of a Kuromoji part-of-speech tag (「助詞-接続助詞」, 「カスタム名詞」…), as bits,
 * worked out once per tag: the tags come from the dictionaries' fixed tables, and the filter asked a dozen
 * {@code startsWith} of every token's tag before.
 */
final class PosClass {
    static final int CUSTOM = 1;                 // user dictionary (カスタム…)
    static final int PARTICLE = 1 << 1;          // 助詞
    static final int CONJUNCTIVE_PARTICLE = 1 << 2;   // 助詞-接続助詞
    static final int VERB = 1 << 3;              // 動詞
    static final int CONJUNCTION = 1 << 4;       // 接続詞
    static final int AUXILIARY = 1 << 5;         // 助動詞
    static final int ADJECTIVE = 1 << 6;         // 形容詞
    static final int NOUN = 1 << 7;              // 名詞
    static final int PREFIX = 1 << 8;            // 接頭詞
    static final int COMMA = 1 << 9;             // 記号-読点
    static final int PERIOD = 1 << 10;           // 記号-句点
    /** A user-dictionary function word (カスタム助動詞, カスタム助詞): no content. */
    static final int CUSTOM_FUNCTION = 1 << 11;
    /** Auxiliaries, symbols, fillers, dependent nouns and verbs, interjections, others: no content. */
    static final int FUNCTION = 1 << 12;

    private static final ConcurrentHashMap<String, Integer> CLASSES = new ConcurrentHashMap<>();

    private PosClass() {
    }

    /** The bits of a tag; none for a missing one. */
    static int of(String pos) {
        if (pos == null) return 0;
        Integer c = CLASSES.get(pos);
        if (c == null) {
            c = classify(pos);
            if (CLASSES.size() < 4096) CLASSES.put(pos, c);   // a fixed table in practice; bounded all the same
        }
        return c;
    }

    private static int classify(String p) {
        int c = 0;
        if (p.startsWith("カスタム")) c |= CUSTOM;
        if (p.startsWith("助詞")) c |= PARTICLE;
        if (p.startsWith("助詞-接続助詞")) c |= CONJUNCTIVE_PARTICLE;
        if (p.startsWith("動詞")) c |= VERB;
        if (p.startsWith("接続詞")) c |= CONJUNCTION;
        if (p.startsWith("助動詞")) c |= AUXILIARY;
        if (p.startsWith("形容詞")) c |= ADJECTIVE;
        if (p.startsWith("名詞")) c |= NOUN;
        if (p.startsWith("接頭詞")) c |= PREFIX;
        if (p.startsWith("記号-読点")) c |= COMMA;
        if (p.startsWith("記号-句点")) c |= PERIOD;
        if (p.startsWith("カスタム") && (p.contains("助動詞") || p.contains("助詞"))) c |= CUSTOM_FUNCTION;
        if (p.startsWith("助動詞") || p.startsWith("記号") || p.startsWith("フィラー") || p.startsWith("名詞-非自立")
                || p.startsWith("動詞-非自立") || p.startsWith("感動詞") || p.startsWith("その他")) {
            c |= FUNCTION;
        }
        return c;
    }
}
