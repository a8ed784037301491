package dev.naoru.match;

import dev.naoru.kb.Discourse;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether words of an outage claim one of iCloud's, now. Three readings keep {@code outage-reported} from being
 * stated (kb/discourse.yaml):
 * <ul>
 *   <li>{@code outage_owners}: another service or thing is what is down, named before the outage's predicate (up to
 *       a few words before its first word) with no iCloud or Apple word ({@code outage_ours}) nearer to it:
 *       「Gmailが障害で落ちてる」「ドコモの回線で通信障害」「社内メールサーバーの定期メンテナンス」「アプリが落ちる」, or a
 *       device named right before it: 「Mac側の問題だと思う」;</li>
 *   <li>{@code outage_wonderings}: asked or wondered right after it: 「今障害ですか？」「障害なのかな」;</li>
 *   <li>{@code outage_hypotheticals}: supposed: 「もしこれがApple側の障害だったら」「障害なら待つしかない」.</li>
 * </ul>
 * The rules then plan the normal fixes; a user who asks about an outage gets the status page checked first anyway.
 */
final class OutageClaim {
    /** Tokens before the outage's first word that may name its owner (「社内 メール サーバー 定期 メンテナンス」). */
    private static final int OWNER_REACH = 4;
    /** Characters after an outage word, before the next word, a question or supposition is read in. */
    private static final int TAIL = 10;

    private final Set<String> owners;
    private final Set<String> ours;
    private final List<String> wonderings;
    private final List<String> hypotheticals;

    OutageClaim(Discourse d) {
        this.owners = Set.copyOf(d.outageOwners());
        this.ours = Set.copyOf(d.outageOurs());
        this.wonderings = List.copyOf(d.outageWonderings());
        this.hypotheticals = List.copyOf(d.outageHypotheticals());
    }

    /** Why the outage words {@code matched} do not state an iCloud outage now, when they do not. */
    Optional<String> notClaimed(List<Token> matched, List<Token> tokens, Analysis a) {
        int first = Integer.MAX_VALUE, last = -1;
        for (Token t : matched) {
            first = Math.min(first, t.position());
            last = Math.max(last, t.position());
        }
        Token start = tokens.get(first);
        Token end = tokens.get(last);
        Optional<String> owner = owner(start, end, tokens);
        if (owner.isPresent()) return Optional.of("the outage is of 「" + owner.get() + "」, not iCloud's");
        // Only what stands between an outage word and the next word: 「障害ですか？」「サーバーダウンしてますか？」
        // 「障害だったら」, not 「障害が収まったのかはっきりしない」 (the wondering is about its end).
        String text = a.normalized();
        for (Token t : matched) {
            int next = t.position() + 1 < tokens.size() ? tokens.get(t.position() + 1).start() : text.length();
            String gap = text.substring(t.end(), Math.max(t.end(), Math.min(next, t.end() + TAIL)));
            gap = gap.substring(0, sentenceEnd(gap));
            for (String w : wonderings) if (gap.contains(w)) return Optional.of("asked or wondered (「" + w + "」)");
            for (String h : hypotheticals) if (gap.contains(h)) return Optional.of("supposed (「" + h + "」)");
        }
        for (String h : hypotheticals) if (saidBefore(h, start, tokens)) return Optional.of("supposed (「" + h + "」)");
        return Optional.empty();
    }

    /** The nearest owner named before the outage's predicate (its last word), unless iCloud or Apple is nearer:
     * 「iCloudの受信箱を選ぶとアプリが落ちる」 is the app's, 「Appleのサーバーがメンテナンス」 iCloud's. */
    private Optional<String> owner(Token start, Token end, List<Token> tokens) {
        for (int i = end.position() - 1; i >= 0 && i >= start.position() - OWNER_REACH; i--) {
            Token t = tokens.get(i);
            if (t.clause() != end.clause()) break;
            if (ours.contains(t.term())) return Optional.empty();
            if (owners.contains(t.term())) return Optional.of(t.surface());
            // 「Mac側の問題」「iPhoneの不具合」: a device named right before the outage's first word owns it (further off, as in
            // 「スマホもPCもダメでサーバー側の問題」, it is where the trouble shows, not what is down).
            if (t.term().equals(AlsoLists.DEVICE) && i == start.position() - 1) return Optional.of(t.surface());
        }
        return Optional.empty();
    }

    /** Whether a word of its clause before the outage word is {@code marker} (「もし これ が Apple 側 の 障害」). */
    private static boolean saidBefore(String marker, Token start, List<Token> tokens) {
        for (int i = start.position() - 1; i >= 0 && tokens.get(i).clause() == start.clause(); i--) {
            if (tokens.get(i).surface().equals(marker)) return true;
        }
        return false;
    }

    /** Where the sentence ends in {@code tail} (a question mark belongs to it), or its length. */
    private static int sentenceEnd(String tail) {
        for (int i = 0; i < tail.length(); i++) {
            char c = tail.charAt(i);
            if (c == '?' || c == '？') return i + 1;
            if (c == '。' || c == '!' || c == '！' || c == '\n') return i;
        }
        return tail.length();
    }
}
