package dev.naoru.match;

import dev.naoru.kb.Discourse;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The trouble told to be the same somewhere else, over one or two clauses: 「Macで受信できない。iPadでも同じでした」,
 * 「テザリングに切り替えましたが、状況は変わりませんでした」, "Same thing on my iPad". A clause that says the outcome
 * was the same (kb/discourse.yaml {@code same_words}: 同じ, 同様…) or that nothing changed (an {@code unchanged_words}
 * term negated: 変化なし, 変わらない) is judged against what was tried: a connection named in it, or else in the
 * clause before it, with も or a switch word states {@code other-networks-too}; another device than one named
 * elsewhere in the text states {@code other-devices-too}. Guards keep 「同じアカウント」 (a same word before another
 * noun) and 「パスワードは変えてない」 (a changed thing that is no outcome) out: see {@code outcome_words}. A person near the
 * user with their device and も in a clause that says it fails (「先生のMacもダメらしい」) states {@code other-devices-too}
 * as well ({@code other_people}, {@code fail_words}).
 */
final class SameElsewhere {
    static final String DEVICES = "other-devices-too";
    static final String NETWORKS = "other-networks-too";
    private static final String ALSO = AlsoLists.ALSO;
    private static final String DEVICE = AlsoLists.DEVICE;

    private final Set<String> same;
    private final Set<String> unchanged;
    private final Set<String> outcome;
    private final Set<String> networks;
    private final Set<String> switches;
    /** Words that may stand before 変わらない without naming what changed (何も, 特に, 全く). */
    private final Set<String> fillers;
    /** "same thing on my iPad": after one of these the words name the place, not what was the same. */
    private final Set<String> prepositions;

    /** People near the user (先生, 上司, 家族): their device is another device. */
    private final Set<String> people;
    /** Words that say something fails without a negation (だめ, 全滅). */
    private final Set<String> fails;

    SameElsewhere(Discourse d) {
        this.people = Set.copyOf(d.otherPeople());
        this.fails = Set.copyOf(d.failWords());
        this.same = Set.copyOf(d.sameWords());
        this.unchanged = Set.copyOf(d.unchangedWords());
        this.outcome = Set.copyOf(d.outcomeWords());
        this.networks = Set.copyOf(d.networks());
        this.switches = Set.copyOf(d.switchWords());
        this.fillers = Set.copyOf(d.fillerWords());
        this.prepositions = Set.copyOf(d.placePrepositions());
    }

    /**
     * The contexts the text states this way (at most one of each, its clause the outcome's), judged clause by clause.
     *
     * @param mentions the device mentions of the text, with their clauses
     * @param roles    the clauses' roles: a guess, a denial, backstory or a retracted clause states nothing
     */
    List<Statement> find(Analysis a, List<DeviceMention> mentions, ClauseRoles roles) {
        List<Statement> out = new ArrayList<>(1);
        for (int c = 0; c < a.clauseCount(); c++) {
            List<Token> clause = a.clause(c);
            if (clause.isEmpty() || !live(roles.role(c))) continue;
            Optional<Statement> theirs = theirsToo(clause, c);
            if (theirs.isPresent()) {
                add(out, theirs.get());
                continue;
            }
            Optional<String> outcomeWord = sameOutcome(clause).or(() -> unchangedOutcome(clause));
            if (outcomeWord.isEmpty()) continue;
            int tried = triedIn(clause, c, mentions) ? c : c - 1;
            if (tried < 0 || !live(roles.role(tried))) continue;
            List<Token> t = a.clause(tried);
            Optional<Token> network = t.stream().filter(x -> networks.contains(x.term())).findFirst();
            // Tried means switched: も (「wifiでも」), a switch word (切り替えた), or two connections named ("on wifi and cellular").
            boolean switched = t.stream().anyMatch(x -> x.term().equals(ALSO) || switches.contains(x.term()))
                    || t.stream().filter(x -> networks.contains(x.term())).map(Token::term).distinct().count() > 1;
            if (network.isPresent() && switched) {
                add(out, new Statement(NETWORKS, c, List.of(network.get().surface(), outcomeWord.get())));
                continue;
            }
            int triedClause = tried;
            for (DeviceMention m : mentions) {
                if (m.clause() != triedClause) continue;
                // iPad and iPhone are one device id: another cue names another device too.
                boolean another = mentions.stream().anyMatch(o -> o.clause() != triedClause
                        && (o.device() != m.device() || !o.cue().equalsIgnoreCase(m.cue())));
                if (another) {
                    add(out, new Statement(DEVICES, c, List.of(m.cue(), outcomeWord.get())));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * 「先生のMacもダメらしい」「上司のPCも受信できない」: a person near the user right before a device named with も, in a
     * clause that says it fails (a negation, a same word, a fail word): another device has the trouble too.
     */
    private Optional<Statement> theirsToo(List<Token> clause, int c) {
        boolean fails = Token.anyNegation(clause) || Token.anyTerm(clause, this.fails) || Token.anyTerm(clause, same);
        if (!fails) return Optional.empty();
        for (int i = 0; i + 2 < clause.size(); i++) {
            Token device = clause.get(i + 1);
            if (people.contains(clause.get(i).term()) && device.term().equals(DEVICE) && clause.get(i + 2).term().equals(ALSO)) {
                return Optional.of(new Statement(DEVICES, c, List.of(clause.get(i).surface(), device.surface(), ALSO)));
            }
        }
        return Optional.empty();
    }

    /** A clause that states the present: not a guess taken back, a denial or backstory. */
    private static boolean live(ClauseRoles.Role r) {
        return r == ClauseRoles.Role.PLAIN || r == ClauseRoles.Role.CORRECTION;
    }

    private static void add(List<Statement> out, Statement f) {
        if (out.stream().noneMatch(o -> o.contextId().equals(f.contextId()))) out.add(f);
    }

    /** 「同じでした」「同様の状態」 "same thing": a same word, not negated, followed in its clause by outcome words only. */
    private Optional<String> sameOutcome(List<Token> clause) {
        if (Token.anyNegation(clause)) return Optional.empty();
        for (int i = 0; i < clause.size(); i++) {
            if (!same.contains(clause.get(i).term())) continue;
            boolean rest = true;
            for (int k = i + 1; k < clause.size() && rest; k++) {
                if (prepositions.contains(clause.get(k).term())) break;
                rest = outcome.contains(clause.get(k).term());
            }
            if (rest) return Optional.of(clause.get(i).surface());
        }
        return Optional.empty();
    }

    /** 「状況は変わりませんでした」「変化なし」「何も変わらない」: an unchanged word negated, with no changed thing before it but an outcome. */
    private Optional<String> unchangedOutcome(List<Token> clause) {
        for (int i = 0; i + 1 < clause.size(); i++) {
            if (!unchanged.contains(clause.get(i).term()) || !clause.get(i + 1).isNegation()) continue;
            int k = i - 1;
            while (k >= 0 && fillers.contains(clause.get(k).term())) k--;
            if (k < 0 || outcome.contains(clause.get(k).term()) || networks.contains(clause.get(k).term())
                    || switches.contains(clause.get(k).term())) {
                return Optional.of(clause.get(i).surface());
            }
        }
        return Optional.empty();
    }

    /** Whether the outcome clause names what was tried itself (a connection, or a device) before its outcome. */
    private boolean triedIn(List<Token> clause, int c, List<DeviceMention> mentions) {
        return Token.anyTerm(clause, networks) || mentions.stream().anyMatch(m -> m.clause() == c);
    }
}
