package dev.naoru.match;

import dev.naoru.kb.DeviceId;
import dev.naoru.kb.Dialog;
import dev.naoru.kb.Fact;
import dev.naoru.kb.Phrasing;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the dialogs and host names found in one text say, in the matcher's terms: facts stated at
 * score 1.0, device mentions, and the text without the dialogs for the phrasing matcher (a dialog's
 * words, 「新しいパスワードを入力」 or 「サーバー管理者に問い合わせてください」, state only what the catalogue says).
 */
record DialogFacts(List<DialogMatch> found, List<DialogMatch> dialogs, List<DialogMatcher.HostHit> hosts) {
    static final DialogFacts NONE = new DialogFacts(List.of(), List.of(), List.of());

    /**
     * @param found   every dialog in the text (their words are hidden from the phrasings)
     * @param dialogs those that state their facts: not taken back by the words after them
     */
    DialogFacts {
        found = List.copyOf(found);
        dialogs = List.copyOf(dialogs);
        hosts = List.copyOf(hosts);
    }

    /** The dialogs the text takes back (「…は出ていません」), for explain. */
    List<DialogMatch> takenBack() {
        if (found.size() == dialogs.size()) return List.of();   // dialogs are those of found not taken back
        return found.stream().filter(d -> !dialogs.contains(d)).toList();
    }

    static DialogFacts find(DialogMatcher matcher, String normalized) {
        return find(matcher, normalized, Optional.empty());
    }

    /** With the analysis, a dialog the next words take back (「…は出ていません」) is dropped. */
    static DialogFacts find(DialogMatcher matcher, String normalized, Optional<Analysis> analysis) {
        if (matcher.isEmpty()) return NONE;
        dev.naoru.kb.CharBits letters = DialogMatcher.Compact.lettersOf(normalized);
        if (!matcher.mayMatch(letters)) return NONE;
        // One reduction of the text to letters and digits serves the dialogs and the hosts.
        DialogMatcher.Compact text = DialogMatcher.Compact.of(normalized, letters);
        List<DialogMatch> d = matcher.find(text);
        List<DialogMatch> stated = analysis.isEmpty() || d.isEmpty() ? d : d.stream().filter(x -> !matcher.takenBack(x, analysis.get())).toList();
        List<DialogMatcher.HostHit> h = matcher.hosts(text);
        return d.isEmpty() && h.isEmpty() ? NONE : new DialogFacts(d, stated, h);
    }

    /** The analysis without the tokens inside a dialog (positions renumbered; clauses kept). */
    Analysis masked(Analysis a) {
        if (found.isEmpty()) return a;
        List<Token> kept = new ArrayList<>(a.tokens().size());
        for (Token t : a.tokens()) {
            if (inDialog(t)) continue;
            kept.add(new Token(t.term(), t.surface(), kept.size(), t.clause(), t.start(), t.end(), t.segment()));
        }
        return new Analysis(a.original(), a.normalized(), kept, a.clauseCount());
    }

    private boolean inDialog(Token t) {
        for (DialogMatch d : found) if (t.start() < d.end() && t.end() > d.start()) return true;
        return false;
    }

    /** The symptoms, contexts and services the dialogs and hosts state, each with the catalogue text as its phrasing. */
    List<FactMatch> facts(Map<String, Fact> factsById, Analysis a) {
        List<FactMatch> out = new ArrayList<>();
        for (DialogMatch d : dialogs) {
            Phrasing p = new Phrasing(d.text(), d.dialog().textsAt().get(d.textIndex()));
            // The user's words of the dialog, like a phrasing's evidence; explain names the dialog.
            List<String> evidence = a.tokens().stream().filter(t -> t.start() < d.end() && t.end() > d.start()).map(Token::surface).toList();
            int clause = clauseAt(a, d.start());
            for (String id : concat(d.dialog().symptoms(), d.dialog().contexts())) {
                Fact f = factsById.get(id);
                if (f != null) out.add(new FactMatch(f, 1.0, false, evidence, p, clause));
            }
        }
        for (DialogMatcher.HostHit h : hosts) {
            Optional<Fact> f = h.cue().service().map(factsById::get);
            f.ifPresent(x -> out.add(new FactMatch(x, 1.0, false, List.of("host: " + h.cue().suffix()),
                    new Phrasing(h.cue().suffix(), h.cue().where()), clauseAt(a, h.offset()))));
        }
        return out;
    }

    /**
     * Device mentions: an app's own dialog (Outlook, Thunderbird, Windows メール…) or host (spmode.ne.jp) names it
     * like a cue; a dialog of the built-in Mail names iPhone or Mac only when the text names no device itself.
     */
    List<DeviceMention> mentions(List<DeviceMention> fromText, Analysis a) {
        List<DeviceMention> out = new ArrayList<>(fromText);
        for (DialogMatch d : dialogs) {
            Optional<DeviceId> dev = d.dialog().device();
            if (dev.isEmpty() || builtIn(dev.get()) && !fromText.isEmpty()) continue;
            out.add(new DeviceMention(dev.get(), "dialog " + d.dialog().id(), d.start(), clauseAt(a, d.start()), false));
        }
        for (DialogMatcher.HostHit h : hosts) {
            h.cue().device().ifPresent(dev -> out.add(new DeviceMention(dev, h.cue().suffix(), h.offset(), clauseAt(a, h.offset()), false)));
        }
        out.sort(java.util.Comparator.comparingInt(DeviceMention::offset));
        return out;
    }

    private static boolean builtIn(DeviceId d) {
        return d == DeviceId.IPHONE || d == DeviceId.MAC;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static int clauseAt(Analysis a, int offset) {
        int clause = 0;
        for (Token t : a.tokens()) {
            if (t.end() > offset) return t.clause();
            clause = t.clause();
        }
        return clause;
    }
}
