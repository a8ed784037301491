package dev.naoru.maint;

import dev.naoru.api.Snapshot;
import dev.naoru.kb.Fact;
import dev.naoru.kb.FactKind;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.kb.Phrasing;
import dev.naoru.kb.Problem;
import dev.naoru.kb.Synonym;
import dev.naoru.kb.UserDictEntry;
import dev.naoru.match.FactMatch;
import dev.naoru.match.MatchResult;
import dev.naoru.text.TextNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every phrasing of every symptom and context, run alone through the real analyzer and matcher, must
 * match its own fact and no other fact of its kind: otherwise a user who says exactly that gets a false
 * fact (「iPhoneで同じメールが何通も届く」 read as other-devices-too through the synonym iphone → 端末).
 * Also duplicate phrasings, and phrasings holding " - " (a list item YAML glued to the line above).
 */
final class PhrasingLint {
    private PhrasingLint() {
    }

    static void check(Snapshot snap, List<Problem> errors, List<Problem> warnings) {
        KnowledgeBase kb = snap.kb();
        for (List<Fact> facts : List.of(kb.symptoms(), kb.contexts())) {
            Map<String, Phrasing> seen = new HashMap<>();
            for (Fact f : facts) {
                for (Phrasing p : f.phrasings()) {
                    String key = TextNormalizer.normalize(p.text()).replace(" ", "");
                    Phrasing first = seen.putIfAbsent(key, p);
                    if (first != null) {
                        errors.add(Problem.at(p.where(), "duplicate phrasing 「" + p.text() + "」 of " + kind(f) + " '" + f.id() + "'",
                                "also at " + first.where() + " (" + owner(kb, first) + "); keep one"));
                        continue;
                    }
                    if (p.text().contains(" - ")) {
                        warnings.add(Problem.at(p.where(), "warning: phrasing 「" + p.text() + "」 holds ' - '",
                                "a list item indented too far is glued to the item above; give it its own '- ' line"));
                    }
                    selfMatch(snap, f, p, errors);
                }
            }
        }
        for (Fact c : kb.contexts()) endedBy(snap, c, errors);
    }

    /** Each {@code ended_by} word is compared with one token of the text: it must analyze to exactly one word. */
    private static void endedBy(Snapshot snap, Fact c, List<Problem> errors) {
        for (String w : c.endedBy()) {
            List<String> terms = snap.analyzer().analyze(w).contentTerms();
            if (terms.size() != 1) {
                errors.add(Problem.at(c.where(), "ended_by word '" + w + "' of context '" + c.id() + "' analyzes to "
                        + (terms.isEmpty() ? "nothing" : String.join(" + ", terms)), "give one word, as in 終わる or 復旧 (the base form is enough)"));
            }
        }
    }

    private static void selfMatch(Snapshot snap, Fact f, Phrasing p, List<Problem> errors) {
        MatchResult r = snap.matcher().match(snap.analyzer().analyze(p.text()));
        List<FactMatch> same = f.kind() == FactKind.SYMPTOM ? r.symptoms() : r.contexts();
        if (same.stream().noneMatch(m -> m.id().equals(f.id()) && !m.negated())) {
            errors.add(Problem.at(p.where(), "phrasing 「" + p.text() + "」 does not match its own " + kind(f) + " '" + f.id() + "'",
                    "said alone it gives " + ids(same) + "; see tools/naoru explain \"" + p.text() + "\""));
        }
        // A symptom phrasing must give no context either (「メールが更新されない」 is no update); a context
        // phrasing may name a symptom as well (「他の端末でも受信できない」 is cannot-fetch too).
        List<FactMatch> claims = new ArrayList<>(same);
        if (f.kind() == FactKind.SYMPTOM) claims.addAll(r.contexts());
        for (FactMatch m : claims) {
            if (m.id().equals(f.id()) || m.negated() || f.implies().contains(m.id())) continue;
            Optional<String> cause = responsible(snap.kb(), p.text(), m);
            errors.add(Problem.at(p.where(), "phrasing 「" + p.text() + "」 of " + kind(f) + " '" + f.id() + "' also matches "
                    + kind(m.fact()) + " '" + m.id() + "' through 「" + m.phrasing().text() + "」 (" + m.phrasing().where() + ")"
                    + cause.map(c -> " because of " + c).orElse(""),
                    "a user who says this gets both facts: make one phrasing more specific"
                            + (cause.isPresent() ? " or narrow that entry" : "")));
        }
    }

    /**
     * The synonym or dictionary entry that made words of the phrasing read as words of the other fact's
     * phrasing: a matched word the other phrasing does not contain, which an entry maps onto it.
     */
    static Optional<String> responsible(KnowledgeBase kb, String text, FactMatch m) {
        String other = flat(m.phrasing().text());
        String own = flat(text);
        for (Synonym s : kb.synonyms()) {
            List<String> forms = new ArrayList<>(s.variants());
            forms.add(s.canonical());
            List<String> flatForms = forms.stream().map(PhrasingLint::flat).filter(x -> !x.isEmpty()).toList();
            // a form in this phrasing that the other lacks, while the other holds another form of the same entry
            for (String mine : flatForms) {
                if (!own.contains(mine) || other.contains(mine)) continue;
                for (String theirs : flatForms) {
                    if (!theirs.equals(mine) && other.contains(theirs) && !own.contains(theirs)) {
                        return Optional.of("synonym " + s.canonical() + " ← " + mine + " (" + s.where() + ")");
                    }
                }
            }
        }
        for (UserDictEntry e : kb.userDictionary()) {
            if (own.contains(flat(e.surface())) && !other.contains(flat(e.surface()))) {
                return Optional.of("dictionary entry " + e.surface() + " (" + e.where() + ")");
            }
        }
        return Optional.empty();
    }

    private static String flat(String s) {
        return TextNormalizer.normalize(s).replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String ids(List<FactMatch> ms) {
        return ms.isEmpty() ? "nothing" : ms.stream().map(m -> m.id() + (m.negated() ? " (negated)" : "")).toList().toString();
    }

    static String kind(Fact f) {
        return f.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String owner(KnowledgeBase kb, Phrasing p) {
        return kb.allFacts().stream().filter(f -> f.phrasings().contains(p)).map(f -> kind(f) + " '" + f.id() + "'").findFirst().orElse("?");
    }
}
