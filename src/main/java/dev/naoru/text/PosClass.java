package dev.naoru.text;

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

    /** A tag and its bits: immutable, so a slot of {@link #TABLE} is safely read by any thread. */
    private record Entry(String pos, int bits) {
    }

    /**
     * Tags seen, direct-mapped by hash (a tag's hash is cached in its String, and the dictionaries hand out the
     * same String each time): a slot holds the last tag that landed there; a clash only recomputes.
     */
    private static final Entry[] TABLE = new Entry[1024];

    private PosClass() {
    }

    /** The bits of a tag; none for a missing one. */
    static int of(String pos) {
        if (pos == null) return 0;
        int slot = pos.hashCode() & (TABLE.length - 1);
        Entry e = TABLE[slot];
        if (e != null && (e.pos == pos || e.pos.equals(pos))) return e.bits;
        int bits = classify(pos);
        TABLE[slot] = new Entry(pos, bits);
        return bits;
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
