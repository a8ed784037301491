package dev.naoru.match;

import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A context said to be over (kb/contexts.yaml {@code ended_by}): 「障害が終わったのに」「障害は復旧済みなのに」 read the
 * outage as no longer holding, so the normal fixes come back; 「復旧するまで待つ」「終わったら直る？」「まだ終わらない」
 * 「終わったかどうか分からない」 keep it. The meaning filter drops tense (た), so the past or perfect is read from the
 * text right after the marker word; anything less than a plain statement that it is over keeps the context (the safe side).
 */
final class EndedState {
    /** How far after the context's last word its marker may stand (bridge words between: 「障害はもう復旧済み」). */
    static final int REACH = 3;
    /** Adverbs that may stand between the context and its marker besides the bridge words: 「障害はもう終わってる」. */
    private static final Set<String> ALREADY = Set.of("もう", "すでに", "既に", "無事", "とっくに");
    /**
     * When it ended, which may also stand between them and does not count towards {@link #REACH}: 「障害は昨夜のうちに
     * 復旧済み」「メンテナンスは今朝で終わっています」「障害自体は火曜の昼には終わってて」. Words the analyzer keeps.
     */
    private static final Set<String> WHEN = Set.of("昨日", "一昨日", "おととい", "今日", "本日", "今朝", "昨夜", "昨晩", "夜中",
            "深夜", "朝", "昼", "夕方", "夜", "午前", "午後", "日中", "うち", "先日", "先ほど", "さっき", "数時間", "時間", "前", "時点",
            "月曜", "火曜", "水曜", "木曜", "金曜", "土曜", "日曜", "週末", "先週", "自体");
    /** English words between an outage and its end ("the outage is now resolved", "was fixed"); not "will": a future. */
    private static final Set<String> ENGLISH_LINKS = Set.of("is", "was", "has", "have", "been", "now", "already", "just", "finally", "got");
    /** How many words in all may stand between the context and its marker, counting those of {@link #WHEN}. */
    private static final int SPAN = 6;
    /** The past or perfect right after the marker (longer forms first where one starts another). */
    private static final List<String> PERFECTIVE = List.of("されました", "されており", "されています", "されている", "されてる", "された", "しました", "しており", "しています",
            "している", "してる", "した", "済み", "済", "ました", "ており", "ています", "ている", "てる", "てて", "た", "だ",
            // after a noun or adjective marker: 「障害はもう大丈夫になった」
            "になりました", "になった", "になっています", "になっている", "になってる", "になっており");
    /**
     * What turns that into no statement: a condition (たら), a list (たり), a question (たか, のか, ？), a guess (だろう,
     * と思う, みたい, っぽい, らしい, かも, はず, よう). A guess that it is over keeps the outage: the safe side.
     */
    private static final List<String> NOT_A_STATEMENT = List.of("ら", "り", "か", "のか", "んじゃ", "ろう", "と思", "?", "？",
            "みたい", "っぽ", "らしい", "かも", "はず", "よう");
    /** Words of it happening again, later in the text: 「終わったって聞いたけど、また赤くなってる」 is an outage again. */
    private static final Set<String> AGAIN = Set.of("また", "再び", "再発", "再度", "またもや");

    private EndedState() {
    }

    /**
     * The marker saying the context whose word is token {@code last} is over, if the same clause or the one after a
     * comma says so in the past or perfect, not negated; empty otherwise.
     */
    static Optional<Token> after(int last, List<Token> tokens, String normalized, Set<String> markers, Set<String> passable) {
        if (markers.isEmpty()) return Optional.empty();
        // Across a comma, not across a clause boundary: 「サーバーダウン、もう解消してる」.
        int segment = tokens.get(last).segment();
        int reach = 0;
        for (int i = last + 1; i < tokens.size() && i <= last + SPAN; i++) {
            Token t = tokens.get(i);
            if (t.segment() != segment || t.isNegation()) return Optional.empty();
            if (markers.contains(t.term())) {
                return perfective(normalized, t.end(), t.term()) && !deniedLater(tokens, i) ? Optional.of(t) : Optional.empty();
            }
            if (WHEN.contains(t.term())) continue;
            // A noun written onto the context's word is part of it: 「障害情報は昨夜のうちに復旧済み」 (障害 + 情報).
            boolean compound = i == last + 1 && t.start() == tokens.get(last).end();
            if (++reach >= REACH || !compound && !passable.contains(t.term()) && !ALREADY.contains(t.term())
                    && !ENGLISH_LINKS.contains(t.term())) return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The clause right after the context's clause saying that it is over: with an adverb of already at its start
     * (「サーバーダウンがあったと伺いましたが、既に解消されております」「障害が出てるらしい。もう復旧したって」: the adverb, at
     * most one word of when, then the marker), or, in the same sentence, after a few words of where or when it was
     * said (「昨日の障害、Appleのページでも解決済みになってる」「メンテナンス、予定通り朝6時で終わりました」). The marker in
     * the past or perfect ending the statement, nothing negated before it and not taken back later.
     */
    static Optional<Token> nextClause(int last, List<Token> tokens, Analysis a, Set<String> markers) {
        if (markers.isEmpty()) return Optional.empty();
        String normalized = a.normalized();
        int next = tokens.get(last).clause() + 1;
        int i = last + 1;
        while (i < tokens.size() && tokens.get(i).clause() < next) i++;
        if (i >= tokens.size() || tokens.get(i).clause() != next) return Optional.empty();
        boolean already = ALREADY.contains(tokens.get(i).term());
        if (!already && !a.sameSentence(tokens.get(last).end(), tokens.get(i).start())) return Optional.empty();
        int words = 0;
        for (int k = already ? i + 1 : i; k < tokens.size() && tokens.get(k).clause() == next; k++) {
            Token t = tokens.get(k);
            if (markers.contains(t.term())) {
                return perfective(normalized, t.end(), t.term()) && endsStatement(normalized, t.end()) && !deniedLater(tokens, k)
                        ? Optional.of(t) : Optional.empty();
            }
            if (already ? !WHEN.contains(t.term()) || ++words > 1 : t.isNegation() || ++words > SOURCE_WORDS) return Optional.empty();
        }
        return Optional.empty();
    }

    /** Words of where or when it was said that may open the clause before its marker (「予定 通り 朝 6 時 終わる」). */
    private static final int SOURCE_WORDS = 5;

    /**
     * A negation later in the marker's clause (「まだ解決済みにはなっていない」「復旧していない」), or the trouble said to come
     * back anywhere after it (また, 再発): then it is not over.
     */
    private static boolean deniedLater(List<Token> tokens, int marker) {
        int clause = tokens.get(marker).clause();
        for (int i = marker + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.clause() == clause && t.isNegation()) return true;
            if (AGAIN.contains(t.term())) return true;
        }
        return false;
    }

    /** What may follow the past or perfect when it ends a statement (not 「もう直った人もいる」: a clause on a noun). */
    private static final List<String> STATEMENT_GOES_ON = List.of("。", "、", "」", "に", "なの", "だ", "，", ",", ".", "！", "!", "って", "と", "の", "よ",
            "ね", "けど", "が", "から", "ので", "そう", "です", "ます", "ん", "\n", " ");

    /** Whether the past or perfect at {@code from} ends its statement: the text ends, or a particle or punctuation follows. */
    static boolean endsStatement(String text, int from) {
        String rest = rest(text, from);
        String p = form(rest);
        if (p == null) return false;
        String after = rest.substring(p.length());
        if (after.isEmpty()) return true;
        for (String g : STATEMENT_GOES_ON) if (after.startsWith(g)) return true;
        return false;
    }

    /** The text from {@code from} on, leading blanks dropped. */
    private static String rest(String text, int from) {
        return text.substring(Math.min(Math.max(from, 0), text.length())).stripLeading();
    }

    /** The past or perfect form {@code rest} opens with (the first of {@link #PERFECTIVE} that fits), or null. */
    private static String form(String rest) {
        for (String p : PERFECTIVE) if (rest.startsWith(p)) return p;
        return null;
    }

    /**
     * 「直ってから半日経つ」「復旧してからもう3時間たつけど」: the て form with から, then a stretch of time or a verb of time
     * passing, says it ended that long ago. Without one it is a plan for later (「直ってから設定し直す」): no statement.
     */
    private static final java.util.regex.Pattern SINCE_THEN = java.util.regex.Pattern.compile(
            "^(?:され|し)?っ?[てで]から(?:(?:もう|すでに|既に|だいぶ|かなり)?(?:[0-9一二三四五六七八九十数何半]+(?:日|時間|分|週間|か月|ヶ月|カ月|ヵ月)|半日|丸一日|一晩|しばらく)(?!後|以内|ほど待|待|したら|経ったら|たったら|経てば|たてば)"
            + "|[^。!?\\n]{0,10}?(?:(?:経っ|たっ|過ぎ)(?!たら|ても)|経過|経つ|たつ))");

    private static boolean sinceThen(String rest) {
        return SINCE_THEN.matcher(rest).find();
    }

    /**
     * Markers of a doing rather than a change of state: their ている form is in progress (「障害は対応している」
     * 「対応されています」: being dealt with), so only the past (対応した, 対応されました) or 済み says it is over.
     */
    private static final Set<String> DOINGS = Set.of("対応");
    private static final Set<String> IN_PROGRESS = Set.of("されており", "されています", "されている", "されてる", "しており",
            "しています", "している", "してる", "ており", "ています", "ている", "てる", "てて");

    /** Whether the text at {@code from} is the past or perfect of a plain statement (終わった, 復旧済み, 解消されました). */
    static boolean perfective(String text, int from) {
        return perfective(text, from, "");
    }

    /** The same for the marker {@code term}: a doing (対応) in its ている form is still going on. */
    static boolean perfective(String text, int from, String term) {
        // English markers carry their tense: "the outage is resolved", "mail was restored" (negated ones never get here).
        if (term.endsWith("ed") && TypoCorrector.latin(term)) return true;
        String rest = rest(text, from);
        if (sinceThen(rest)) return true;
        String p = form(rest);
        if (p == null || DOINGS.contains(term) && IN_PROGRESS.contains(p)) return false;
        String after = rest.substring(p.length());
        for (String n : NOT_A_STATEMENT) if (after.startsWith(n)) return false;
        return true;
    }
}
