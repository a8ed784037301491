package dev.naoru.match;

import dev.naoru.kb.Discourse;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The role of each clause of a message, from the clause markers of kb/discourse.yaml: a clause that is
 * taken back (「iPadって書きましたが」「Macもかと思ったら」), one that corrects what came before
 * (「MacBookの間違いでした」「訂正です」), and backstory (「去年」「以前」) as opposed to the trouble now.
 * Markers are looked up in the clause's stretch of normalized text (its words and the particles,
 * punctuation and quotes around them), so no second tokenizer pass is needed. Immutable.
 */
public final class ClauseRoles {
    /** What a clause does in the message. */
    public enum Role {
        PLAIN, RETRACTED, CORRECTION, HISTORY,
        /** A guess a later clause takes back (「…が原因かも。…と思ったんですが、確認したら」): its contexts go, its symptoms stay. */
        GUESSED,
        /** Denied by the short clause after it (「…起きる、というわけではなくて」): its symptoms go, its contexts are negated. */
        DENIED
    }

    private final List<Role> roles;
    private final List<String> notes;

    private ClauseRoles(List<Role> roles, List<String> notes) {
        this.roles = List.copyOf(roles);
        this.notes = List.copyOf(notes);
    }

    /** The clause markers of kb/discourse.yaml, indexed once per snapshot so that a clause is read once for all six lists. */
    public static final class Markers {
        final Discourse d;
        final dev.naoru.kb.MarkerList.Group group;

        public Markers(Discourse d) {
            this.d = d;
            this.group = new dev.naoru.kb.MarkerList.Group(java.util.stream.Stream.of(d.contrasts(), d.hearsay(), d.corrections(),
                    d.history(), d.now(), d.denials()).map(dev.naoru.kb.MarkerList::of).toList());
        }
    }

    /** Reads the role of every clause of an analyzed text. */
    public static ClauseRoles of(Analysis a, Markers markers) {
        // The clause loop lives in a reader of its own: as one big method C2 took seconds to compile it.
        Reader reader = new Reader(a, markers);
        for (int c = 0; c < reader.n; c++) reader.read(c);
        return new ClauseRoles(reader.roles, reader.notes);
    }

    /** The state of one reading: each clause's stretch of text, word count and negation, and the roles so far. */
    private static final class Reader {
        final Discourse d;
        final dev.naoru.kb.MarkerList.Group group;
        final int n;
        final List<Role> roles;
        final List<String> notes = new ArrayList<>();
        final String text;
        final int[] from;
        final int[] to;
        final int[] words;
        final boolean[] negative;
        final java.util.BitSet timeOnly = new java.util.BitSet();

        Reader(Analysis a, Markers markers) {
            this.d = markers.d;
            this.group = markers.group;
            this.n = a.clauseCount();
            this.roles = new ArrayList<>(n);
            this.text = a.normalized();
            this.from = new int[n];
            this.to = new int[n];
            this.words = new int[n];
            this.negative = new boolean[n];
            java.util.Arrays.fill(from, -1);
            for (Token t : a.tokens()) {
                words[t.clause()]++;
                negative[t.clause()] |= t.isNegation();
                if (from[t.clause()] < 0) from[t.clause()] = t.start();
                to[t.clause()] = t.end();
            }
        }

        /** Clause {@code c - 1} ends in a condition (使えば, 変えたら, するなら) right before clause {@code c}, in one sentence. */
        private boolean conditionBefore(int c) {
            if (from[c] < 0 || from[c - 1] < 0) return false;
            String between = text.substring(Math.min(to[c - 1], from[c]), from[c]).strip();
            // A light verb may stand between (機種変更すれば: する is no word of the clause).
            return between.length() <= 4 && (between.endsWith("ば") || between.endsWith("たら") || between.endsWith("だら") || between.endsWith("なら"));
        }

        /** Gives clause {@code c} its role (and may change the roles of the clauses before it). */
        void read(int c) {
            // A clause's stretch runs from the end of the previous clause to the start of the next one.
            int start = c == 0 ? 0 : to[c - 1];
            int end = c + 1 < n && from[c + 1] >= 0 ? from[c + 1] : text.length();
            String s = start <= end ? text.substring(start, end) : "";
            Role r = Role.PLAIN;
            // One pass over the stretch for all six lists (contrasts, hearsay, corrections, history, now, denials).
            int[] found = group.firstIndexes(s);
            String marker = found[0] < 0 ? null : d.contrasts().get(found[0]);
            // A marker wholly before the clause's first word ends the clause before (「VPN入れてた気がしたけど、さっき…」).
            if (marker != null && c > 0 && from[c] >= 0 && start + s.indexOf(marker) + marker.length() <= from[c]) marker = null;
            if (marker != null) r = Role.RETRACTED;
            // 「最近パスワードを変えたからかな…と思ったけど」: a short guess clause (its own words at most two) cut off by から
            // or けど takes back what the clause before it guessed; what was observed there stays.
            if (marker != null && c > 0 && words[c] <= 2 && roles.get(c - 1) == Role.PLAIN) {
                roles.set(c - 1, Role.GUESSED);
                notes.add("clause " + (c - 1) + " guessed: taken back by clause " + c + " 「" + marker + "」");
            }
            // 「…アカウントエラーが出ます。…と思ったんですが、確認したら」: a clause that opens with the guess marker takes
            // back the sentence before it; what was observed there (the symptom) stays, what was guessed (the context) goes.
            if (marker != null && c > 0 && from[c] >= 0 && from[c] >= start + s.indexOf(marker)) {
                for (int j = c - 1; j >= 0; j--) {
                    if (roles.get(j) == Role.PLAIN || roles.get(j) == Role.HISTORY) {
                        roles.set(j, Role.GUESSED);
                        notes.add("clause " + j + " guessed: taken back by clause " + c + " 「" + marker + "」");
                    }
                    if (startsSentence(text, j == 0 ? 0 : to[j - 1], Math.max(from[j], 0))) break;
                }
            }
            // 「ネットで調べるとVPNが原因って書いてあったけど」: read or heard elsewhere; its contexts are no statement.
            String heard = found[1] < 0 ? null : d.hearsay().get(found[1]);
            if (r == Role.PLAIN && heard != null) {
                r = Role.GUESSED;
                marker = heard;   // noted below with the clause's role
                // 「VPNを使えば直るって勧められた」: the condition of the advice, cut off before it (ば, たら, なら), is advice too.
                if (c > 0 && roles.get(c - 1) == Role.PLAIN && conditionBefore(c)) {
                    roles.set(c - 1, Role.GUESSED);
                    notes.add("clause " + (c - 1) + " guessed: the condition of what clause " + c + " reports 「" + heard + "」");
                }
            }
            String said = found[2] < 0 ? null : d.corrections().get(found[2]);
            if (r == Role.PLAIN && said != null) {
                // 「…と書きましたが」 takes back what it quotes; 「…の間違いでした」「訂正です」 state what is right.
                boolean quoting = said.startsWith("と") || said.startsWith("って");
                r = quoting ? Role.RETRACTED : Role.CORRECTION;
                marker = said;
                // 「VPNを使ってたかも、と書きましたが」: a clause that opens with the quoting marker takes back the one before.
                boolean opens = s.stripLeading().replaceFirst("^[、,]", "").startsWith(said);
                if (quoting && opens && c > 0 && roles.get(c - 1) != Role.CORRECTION) {
                    roles.set(c - 1, Role.RETRACTED);
                    notes.add("clause " + (c - 1) + " taken back by clause " + c + " 「" + said + "」");
                }
                // 「…だと思います…と書きかけましたが」: a short clause that ends in the marker takes back what the clause before
                // guessed (its contexts); what it observed stays (「iPadで受信できません。iPadって書きましたが」 keeps the symptom).
                int at = start + s.indexOf(said);
                if (quoting && !opens && words[c] <= 2 && to[c] <= at + said.length() && c > 0 && roles.get(c - 1) == Role.PLAIN) {
                    roles.set(c - 1, Role.GUESSED);
                    notes.add("clause " + (c - 1) + " guessed: taken back by clause " + c + " 「" + said + "」");
                }
            }
            String now = found[4] < 0 ? null : d.now().get(found[4]);
            if (r == Role.PLAIN && (marker = found[3] < 0 ? null : d.history().get(found[3])) != null && now == null) {
                r = Role.HISTORY;
                // 「…Thunderbirdに乗り換えました。それが去年の話で」: それ + a time marker puts the sentence before in the past.
                if (from[c] >= 0 && text.startsWith("それ", from[c]) && c > 0) {
                    for (int j = c - 1; j >= 0; j--) {
                        if (roles.get(j) == Role.PLAIN) {
                            roles.set(j, Role.HISTORY);
                            notes.add("clause " + j + " history: told as the past by clause " + c + " 「" + marker + "」");
                        }
                        if (startsSentence(text, j == 0 ? 0 : to[j - 1], Math.max(from[j], 0))) break;
                    }
                }
            }
            // 「半年くらい前、…パスワードを変えたことがあります」: a clause that is only a time sets the rest of its sentence in the past.
            if (c > 0 && roles.get(c - 1) == Role.HISTORY && r == Role.PLAIN && now == null
                    && !startsSentence(text, to[c - 1], Math.max(from[c], 0)) && timeOnly.get(c - 1)) {
                r = Role.HISTORY;
                timeOnly.set(c);
                marker = "(time of clause " + (c - 1) + ")";
            }
            if (r == Role.HISTORY && words[c] <= 3) timeOnly.set(c);
            String denial = found[5] < 0 ? null : d.denials().get(found[5]);
            // The marker opens its clause (「、というわけではなくて」「、そういう話ではまったくない」), and the clause is negative:
            // 「電波が悪いわけじゃない」 denies its own words, which the negation already does.
            int at = denial == null ? -1 : start + s.indexOf(denial);
            String before = at < 0 || from[c] < 0 ? "" : text.substring(Math.min(from[c], at), at);
            for (String an : d.anaphors()) before = before.replace(an, "");
            if (denial != null && c > 0 && before.length() <= 2 && negative[c] && roles.get(c - 1) == Role.PLAIN) {
                roles.set(c - 1, Role.DENIED);
                notes.add("clause " + (c - 1) + " denied by clause " + c + " 「" + denial + "」");
            }
            roles.add(r);
            if (r != Role.PLAIN) notes.add("clause " + c + " " + r.name().toLowerCase() + " 「" + marker + "」: " + s.strip());
        }
    }

    /** Whether the text between two clauses ends a sentence (。！？ or a line break), so the later one starts a new one. */
    private static boolean startsSentence(String text, int from, int to) {
        if (from == 0) return true;
        for (int i = from; i < to && i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '。' || ch == '!' || ch == '?' || ch == '\n' || ch == '.') return true;
        }
        return false;
    }

    public Role role(int clause) {
        return clause >= 0 && clause < roles.size() ? roles.get(clause) : Role.PLAIN;
    }

    /** The last clause that corrects or takes back an earlier statement, -1 when none does. */
    public int lastCorrection() {
        for (int c = roles.size() - 1; c >= 0; c--) if (roles.get(c) == Role.RETRACTED || roles.get(c) == Role.CORRECTION) return c;
        return -1;
    }

    /** One line per clause with a role, for explain. */
    public List<String> notes() {
        return notes;
    }
}
