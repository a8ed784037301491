package dev.naoru.match;

import dev.naoru.kb.DeviceId;
import dev.naoru.kb.Fact;
import dev.naoru.kb.FactKind;
import dev.naoru.kb.KnowledgeBase;
import dev.naoru.text.Analysis;
import dev.naoru.text.TextAnalyzer;
import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the KB facts in an analyzed text. A phrasing matches a clause when its weighted terms are
 * covered at least to {@link #THRESHOLD} (so a partial overlap such as 「ドコモ」 alone does not
 * become a fact), with ない present when the phrasing says ない. A fact's score is its best
 * phrasing's coverage. Thread-safe: all state is built once.
 */
public final class FactMatcher {
    /** Minimum weighted coverage of a phrasing's terms for it to count. */
    public static final double THRESHOLD = 0.75;
    /** Phrasings below this coverage are not even reported as near misses. */
    static final double NEAR_MISS = 0.4;
    private static final int MAX_QUERY_TERMS = 512;
    /** However transparent the words in between, a negation this far away is about something else. */
    private static final int MAX_REACH = 12;
    /** How far after a negative phrasing's last word its ない may stand (「送信が全くできない」). */
    private static final int NEGATION_REACH = 2;
    /** Words a phrase matched across a comma may have between its own (「パス、先週変更」). */
    private static final int COMMA_SLACK = 2;

    private final PhrasingIndex index;
    private final DeviceDetector devices;
    private final Set<String> okMarkers;
    /** Terms a phrasing repeats to mean two different things (端末): kb/discourse.yaml distinct_terms. */
    private final List<String> distinctTerms;
    /** Things that arrive and are no mail (メッセージ, 商品): kb/discourse.yaml not_mail_objects. */
    private final Set<String> notMailObjects;
    /** Words of arriving (届く, 受信): kb/discourse.yaml arrival_words. */
    private final Set<String> arrivalWords;
    /** Context id → the terms of its {@code ended_by} words, analyzed like the text (終わった → 終わる). */
    private final Map<String, Set<String>> endedBy;
    /** Per context with {@code ended_by}: the words its marker may stand behind (bridge words and its own words). */
    private final Map<String, Set<String>> endedPassable;
    private final Set<String> contextNegators;
    private final Set<String> offMarkers;
    /** kb/discourse.yaml anaphors, as a set once (it was copied on every request). */
    private final Set<String> anaphors;
    private final Set<String> before;
    private final ElidedObject elided;
    private final Set<String> blockers;
    private final Set<String> bridges;
    private final int window;
    /** The terms of a fact's positive phrasings: they may stand between the fact and its negation. */
    private final Map<String, Set<String>> ownTerms;
    /** Every term of a positive symptom phrasing: the words of trouble (接続, 受信, 届く). */
    private final Set<String> troubleWords;
    private final Unrealized unrealized;
    private final AlsoLists alsoLists;
    private final TypoCorrector typos;
    private final dev.naoru.kb.Discourse discourse;
    private final ClauseRoles.Markers clauseMarkers;
    /**
     * The discourse readers a term may set off, as bits: each reads nothing without a word of its own (the same there: a
     * same, unchanged or people word; a named sender: an arrival word; the status page: a page's first term; a code's
     * notice: a notice and a code word; a relapse: a recovery and an again word), so one look-up a token skips them.
     */
    private final Map<String, Integer> triggers;
    private static final int SAME = 1;
    private static final int SENDER = 1 << 1;
    private static final int PAGE = 1 << 2;
    private static final int NOTICE = 1 << 3;
    private static final int CODE = 1 << 4;
    private static final int RECOVERY = 1 << 5;
    private static final int AGAIN = 1 << 6;
    private final dev.naoru.kb.DeviceRoles deviceRoles;
    private final DialogMatcher dialogs;
    private final Map<String, Fact> factsById;
    private final Set<String> searchVerbs;
    private final Set<String> absence;
    private final SameElsewhere same;
    private final NamedSender sender;
    private final StatusPage statusPage;
    private final Relapse relapse;
    private final CodeNotice codeNotice;
    private final ReceivedMessage received;
    /** kb/discourse.yaml mail_providers: another mail service whose own mail a symptom may be about. */
    private final Set<String> mailProviders;
    /** The intent a text about another mail service's own mail states (kb/scope.yaml). */
    private static final String OTHER_PROVIDER_ONLY = "gmail-only";
    /** The term every spelling of iCloud becomes (kb/synonyms.yaml: アイクラウド…). */
    private static final Set<String> ICLOUD = Set.of("icloud");
    private final OutageClaim outageClaim;
    private final Set<String> ownedObjects;
    private final Set<String> foreignAccounts;
    private final List<String> wholeClauseNegations;
    /** The terms of the mail topic's phrasings (kb/scope.yaml topics): words that say the text is about mail. */
    private final Set<String> mailTerms;
    private final Set<String> notMailContexts;
    private final Set<String> prefixNegators;
    private final List<String> topicMarkers;
    private final Set<String> networks;
    private final WorksElsewhere worksElsewhere;

    public FactMatcher(KnowledgeBase kb, TextAnalyzer analyzer) {
        this.index = PhrasingIndex.build(kb, analyzer);
        this.endedBy = endedBy(kb, analyzer);
        this.devices = new DeviceDetector(kb.devices());
        this.alsoLists = new AlsoLists(devices);
        this.okMarkers = Set.copyOf(kb.negation().okMarkers());
        this.distinctTerms = List.copyOf(kb.discourse().distinctTerms());
        this.notMailObjects = Set.copyOf(kb.discourse().notMailObjects());
        this.arrivalWords = Set.copyOf(kb.discourse().arrivalWords());
        Set<String> cn = new java.util.HashSet<>(kb.negation().okMarkers());
        cn.addAll(kb.negation().offMarkers());
        this.contextNegators = Set.copyOf(cn);
        this.offMarkers = Set.copyOf(kb.negation().offMarkers());
        this.before = Set.copyOf(kb.negation().before());
        this.elided = ElidedObject.of(index.all(), Set.copyOf(kb.negation().bridges()));
        this.blockers = Set.copyOf(kb.negation().blockers());
        this.bridges = Set.copyOf(kb.negation().bridges());
        this.window = kb.negation().window();
        this.ownTerms = index.termsByFact();
        Set<String> trouble = new java.util.HashSet<>();
        for (Fact f : kb.symptoms()) trouble.addAll(ownTerms.getOrDefault(f.id(), Set.of()));
        this.troubleWords = Set.copyOf(trouble);
        this.unrealized = new Unrealized(kb.negation().unrealized());
        Map<String, Set<String>> passable = new HashMap<>();
        for (String id : endedBy.keySet()) {
            Set<String> p = new java.util.HashSet<>(bridges);
            p.addAll(ownTerms.getOrDefault(id, Set.of()));
            passable.put(id, Set.copyOf(p));
        }
        this.endedPassable = Map.copyOf(passable);
        this.typos = new TypoCorrector(index.vocabulary());
        this.discourse = kb.discourse();
        this.clauseMarkers = new ClauseRoles.Markers(discourse);
        this.triggers = triggers(discourse);
        this.deviceRoles = kb.deviceRoles();
        this.dialogs = new DialogMatcher(kb.dialogs());
        this.factsById = kb.factsById();
        this.searchVerbs = Set.copyOf(kb.discourse().searchVerbs());
        this.absence = Set.copyOf(kb.discourse().absenceWords());
        this.same = new SameElsewhere(kb.discourse());
        this.sender = new NamedSender(kb.discourse());
        this.relapse = new Relapse(kb.discourse());
        this.codeNotice = new CodeNotice(kb.discourse());
        this.received = new ReceivedMessage(kb.discourse());
        this.mailProviders = Set.copyOf(kb.discourse().mailProviders());
        this.outageClaim = new OutageClaim(kb.discourse());
        this.statusPage = new StatusPage(kb.discourse(), endedBy.getOrDefault(StatusPage.CONTEXT, Set.of()));
        this.ownedObjects = Set.copyOf(kb.discourse().ownedObjects());
        this.foreignAccounts = Set.copyOf(kb.discourse().foreignAccounts());
        this.wholeClauseNegations = List.copyOf(kb.discourse().wholeClauseNegations());
        Set<String> mail = new java.util.HashSet<>();
        for (CompiledPhrasing p : index.all()) if (p.fact().kind() == FactKind.TOPIC) mail.addAll(p.terms());
        this.mailTerms = Set.copyOf(mail);
        this.notMailContexts = Set.copyOf(kb.discourse().notMailContexts());
        this.prefixNegators = Set.copyOf(kb.negation().prefixNegators());
        this.topicMarkers = List.copyOf(kb.discourse().topicMarkers());
        this.networks = Set.copyOf(kb.discourse().networks());
        this.worksElsewhere = new WorksElsewhere(kb.discourse(), deviceRoles);
        this.anaphors = Set.copyOf(kb.discourse().anaphors());
    }

    private static final Comparator<Token> BY_POSITION = Comparator.comparingInt(Token::position);
    private static final Comparator<FactMatch> BY_SCORE = Comparator.comparingDouble(FactMatch::score).reversed().thenComparing(FactMatch::id);
    /** The fuller of two readings: more words (the ない a negative phrasing reads, 「迷惑メールを探してもない」, counts), then coverage, then later. */
    private static final Comparator<Hit> FULLER = Comparator.<Hit>comparingInt(h -> h.matched().size() + (h.negationAt() >= 0 ? 1 : 0))
            .thenComparingDouble(Hit::coverage).thenComparingInt(Hit::last);

    /** One phrasing matched in one clause. */
    private record Hit(CompiledPhrasing p, double coverage, List<Token> matched, int negationAt) {
        int last() {
            return matched.get(matched.size() - 1).position();
        }
    }

    /** Whether the text says the mail works on another device or network (read once the device is known). */
    public WorksElsewhere worksElsewhere() {
        return worksElsewhere;
    }

    private static Map<String, Integer> triggers(dev.naoru.kb.Discourse d) {
        Map<String, Integer> m = new HashMap<>();
        java.util.function.BiConsumer<List<String>, Integer> mark = (words, bit) -> words.forEach(w -> m.merge(w, bit, (x, y) -> x | y));
        mark.accept(d.sameWords(), SAME);
        mark.accept(d.unchangedWords(), SAME);
        mark.accept(d.otherPeople(), SAME);
        mark.accept(d.arrivalWords(), SENDER);
        for (TermRun page : TermRun.of(d.statusPages())) mark.accept(List.of(page.terms().get(0)), PAGE);
        mark.accept(d.noticeWords(), NOTICE);
        mark.accept(d.codeWords(), CODE);
        mark.accept(d.relapseAfter(), RECOVERY);
        mark.accept(d.relapseMarkers(), AGAIN);
        return Map.copyOf(m);
    }

    /** The readers the terms of these tokens may set off ({@link #triggers}). */
    private int triggered(List<Token> tokens) {
        int seen = 0;
        for (int i = 0; i < tokens.size(); i++) seen |= triggers.getOrDefault(tokens.get(i).term(), 0);
        return seen;
    }

    /** Matches without collecting near misses (what a request needs). */
    public MatchResult match(Analysis analyzed) {
        return match(analyzed, false);
    }

    /**
     * Matches an analyzed text.
     *
     * @param nearMisses also report rejected phrasings and why (for explain; costs time)
     */
    public MatchResult match(Analysis analyzed, boolean nearMisses) {
        // Catalogued error dialogs first (kb/dialogs.yaml): they state their facts; the phrasings read the rest.
        DialogFacts pasted = DialogFacts.find(dialogs, analyzed.normalized(), Optional.of(analyzed));
        Analysis unmasked = analyzed;
        analyzed = pasted.masked(analyzed);
        List<Token> repaired = typos.repair(analyzed.tokens());
        Analysis a = repaired == analyzed.tokens() ? analyzed
                : new Analysis(analyzed.original(), analyzed.normalized(), repaired, analyzed.clauseCount());
        List<NearMiss> near = new ArrayList<>();
        // Each stage is its own method: one method this size took the JIT over a second per compile, several times a run.
        List<Hit> hits = phrasingHits(a, nearMisses, near);
        Reading r = new Reading(a, hits, ClauseRoles.of(a, clauseMarkers));
        // Dialogs taken back are noted after the clause roles and before the list scopes, as they are read.
        int at = r.roles.notes().size();
        for (DialogMatch d : pasted.takenBack()) r.notes.add(at++, "dialog " + d.dialog().id() + " taken back: the words after it say it is not shown");
        for (FactMatch m : pasted.facts(factsById, unmasked)) {
            r.best.putIfAbsent(m.id(), m);
            if (m.fact().kind() == FactKind.SYMPTOM) r.symptomClauses.set(m.clause());
        }
        r.quoted = received.find(unmasked);
        for (Hit h : hits) judge(h, r, nearMisses, near);
        Squeezed sq = new Squeezed(unmasked.normalized());   // masking and typo repair keep the normalized text
        List<DeviceMention> named = devices.mentions(unmasked, sq, okMarkers);
        discourseStatements(r, named);
        return result(r, pasted, unmasked, sq, named, near);
    }

    /** What one text's reading holds while its hits are judged: the clause roles, the used-up negations, the facts so far. */
    private final class Reading {
        final Analysis a;
        final List<Token> tokens;
        final ClauseRoles roles;
        final List<String> notes;
        final BitSet consumed = new BitSet();
        final Map<String, BitSet> factWords = new HashMap<>();
        final BitSet symptomClauses = new BitSet();
        final BitSet symptomWords = new BitSet();
        final BitSet contextWords = new BitSet();
        /** Clauses where a mail word (a topic phrasing) was found, and the positions of those words. */
        final BitSet topicClauses = new BitSet();
        final BitSet topicWords = new BitSet();
        final ListScope lists;
        final Map<String, FactMatch> best = new HashMap<>();
        /** Facts read as over somewhere (ended_by): their readings are ordered in time, the later wins. */
        final Set<String> over = new HashSet<>(2);
        /** Quotes of messages the user received, and the first claim read inside one (dropped; it makes suspicious-message). */
        List<ReceivedMessage.Quote> quoted = List.of();
        Optional<ReceivedMessage.Quote> quotedClaim = Optional.empty();
        /** Another mail service's own mail, read where a symptom was (「Gmailのメールだけ受信できない」): states gmail-only. */
        Optional<Statement> otherProvider = Optional.empty();

        Reading(Analysis a, List<Hit> hits, ClauseRoles roles) {
            this.a = a;
            this.tokens = a.tokens();
            this.roles = roles;
            this.notes = new ArrayList<>(roles.notes());
            // Negations that belong to a negative phrasing (「取得できない」) are used up and negate nothing else.
            for (Hit h : hits) if (h.negationAt() >= 0) consumed.set(h.negationAt());
            // Words of other facts stand between a fact and a later negation (「パスワード変えたばかりでメール取得できない」).
            for (Hit h : hits) {
                if (!isClaim(h.p().fact().kind())) continue;
                BitSet b = factWords.computeIfAbsent(h.p().fact().id(), k -> new BitSet());
                for (Token t : h.matched()) if (!bridges.contains(t.term())) b.set(t.position());
            }
            for (Hit h : hits) {
                FactKind k = h.p().fact().kind();
                if (k == FactKind.TOPIC) for (Token t : h.matched()) {
                    topicClauses.set(t.clause());
                    topicWords.set(t.position());
                }
                if (k == FactKind.SYMPTOM) symptomClauses.set(h.matched().get(0).clause());
                BitSet words = k == FactKind.SYMPTOM ? symptomWords : k == FactKind.CONTEXT ? contextWords : null;
                if (words != null) for (Token t : h.matched()) words.set(t.position());
            }
            this.lists = ListScope.of(a.normalized(), tokens, a.clauseCount(), contextWords, symptomWords, consumed, bridges,
                    offMarkers, anaphors);
            notes.addAll(lists.notes());
        }
    }

    /** Every phrasing matched in a clause (or across a comma), fullest readings only; near misses into {@code near} when asked. */
    private List<Hit> phrasingHits(Analysis a, boolean nearMisses, List<NearMiss> near) {
        List<Token> tokens = a.tokens();
        // The distinct terms but the negation, in text order (the query), and each term's tokens: one pass.
        List<String> terms = new ArrayList<>(tokens.size());
        Map<String, List<Token>> byTerm = new HashMap<>(tokens.size() * 2);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            List<Token> ts = byTerm.get(t.term());
            if (ts == null) {
                byTerm.put(t.term(), ts = new ArrayList<>(2));
                if (!t.isNegation() && terms.size() < MAX_QUERY_TERMS) terms.add(t.term());
            }
            ts.add(t);
        }
        List<Hit> hits = new ArrayList<>();
        // A hit covers THRESHOLD of its phrasing inside one clause or segment, so at least that much in the whole
        // text: without near misses to report, the phrasings below it there are never looked at.
        for (CompiledPhrasing p : index.candidates(terms, nearMisses ? NEAR_MISS : THRESHOLD)) {
            Hit best = hitsOf(p, byTerm, tokens, hits);
            if (best != null && (best.coverage() < THRESHOLD || best.negationAt() == -2) && best.coverage() >= NEAR_MISS) {
                if (nearMisses) near.add(nearMiss(best));
            }
        }
        hits.removeIf(h -> h.negationAt() == -2);
        return fullestReadings(withoutBorrowedPredicates(withoutSubsumed(hits), tokens));
    }

    /**
     * One phrasing's hits (added to {@code hits}); its best-covering attempt, or null when it matched nowhere.
     * The whole-text share of the phrasing was bounded by {@link PhrasingIndex#candidates}: only its clauses are read here.
     */
    private Hit hitsOf(CompiledPhrasing p, Map<String, List<Token>> byTerm, List<Token> tokens, List<Hit> hits) {
        BitSet clauses = new BitSet(64);
        List<String> terms = p.terms();
        for (int k = 0; k < terms.size(); k++) {
            List<Token> ts = byTerm.get(terms.get(k));
            if (ts != null) for (int i = 0; i < ts.size(); i++) clauses.set(ts.get(i).clause());
        }
        Hit best = null;
        BitSet segments = null;   // most phrasings hit whole or not at all: no segment to read across a comma
        for (int c = clauses.nextSetBit(0); c >= 0; c = clauses.nextSetBit(c + 1)) {
            int clause = c;
            Hit h = score(p, byTerm, tokens, x -> x.clause() == clause);
            if (h != null && (best == null || h.coverage() > best.coverage())) best = h;
            if (h != null && h.coverage() >= THRESHOLD && h.negationAt() != -2) hits.add(h);
            if (h != null && h.coverage() < THRESHOLD) {
                if (segments == null) segments = new BitSet(64);
                segments.set(h.matched().get(0).segment());
            }
        }
        if (segments == null) return best;
        // 「Apple IDのパス、先週変更済み」: a phrase may run across a comma, if its words stay close.
        for (int s = segments.nextSetBit(0); s >= 0; s = segments.nextSetBit(s + 1)) {
            int segment = s;
            Hit h = score(p, byTerm, tokens, x -> x.segment() == segment);
            if (h == null || h.coverage() < THRESHOLD || h.negationAt() == -2) continue;
            boolean acrossComma = h.matched().get(0).clause() != tokens.get(h.last()).clause();
            int span = h.last() - h.matched().get(0).position() + 1;
            if (acrossComma && span <= h.matched().size() + COMMA_SLACK) {
                hits.add(h);
                if (best == null || h.coverage() > best.coverage()) best = h;
            }
        }
        return best;
    }

    /** Judges one hit in its clause (role, owner, polarity) and keeps it as its fact's match when it wins. */
    private void judge(Hit h, Reading r, boolean nearMisses, List<NearMiss> near) {
        int clause = h.matched().get(0).clause();
        ClauseRoles.Role role = r.roles.role(clause);
        Fact fh = h.p().fact();
        // A statement taken back (「パスワードを変えたせいかと思ったけど」) and backstory (「去年iOSを上げた」) are not the trouble now.
        if (isClaim(fh.kind()) && role == ClauseRoles.Role.RETRACTED
                || fh.kind() == FactKind.CONTEXT && role == ClauseRoles.Role.GUESSED && !fh.hearsay()
                || fh.kind() == FactKind.SYMPTOM && role == ClauseRoles.Role.DENIED
                || fh.kind() == FactKind.CONTEXT && role == ClauseRoles.Role.HISTORY && !r.symptomClauses.get(clause)) {
            r.notes.add(fh.id() + " dropped: clause " + clause + " is " + role.name().toLowerCase());
            return;
        }
        // 「「Apple IDがロックされました…」というメールが来た」: what a received message says is no statement of the user's.
        // An off-topic there (「お支払い情報を更新してください」) is the message's, not what the user asks about.
        Optional<ReceivedMessage.Quote> inQuote = (isClaim(fh.kind()) || fh.kind() == FactKind.OFFTOPIC) && !r.quoted.isEmpty()
                ? ReceivedMessage.holding(r.quoted, h.matched()) : Optional.empty();
        if (inQuote.isPresent()) {
            r.notes.add(fh.id() + " dropped: clause " + clause + " quotes a message received (「" + inQuote.get().message().surface() + "」)");
            if (r.quotedClaim.isEmpty() && isClaim(fh.kind()) && !fh.id().equals(ReceivedMessage.CONTEXT)) r.quotedClaim = inQuote;
            return;
        }
        // 「Gmailのメールだけ受信できない。iCloudのメールは問題なく届いています」: the symptom is that service's own mail.
        Optional<Token> provider = fh.kind() == FactKind.SYMPTOM ? providerMail(h, r) : Optional.empty();
        if (provider.isPresent() && icloudMailWorks(r, clause)) {
            r.notes.add(fh.id() + " dropped: clause " + clause + " is about 「" + provider.get().surface() + "」's own mail, iCloud's works");
            if (r.otherProvider.isEmpty()) r.otherProvider = Optional.of(new Statement(OTHER_PROVIDER_ONLY, clause, List.of(provider.get().surface())));
            return;
        }
        // 「Amazonのパスワードを変えた」: the object belongs to another service, not to the user's iCloud.
        Optional<Token> foreign = fh.kind() == FactKind.CONTEXT ? foreignOwner(h, r.tokens) : Optional.empty();
        if (foreign.isPresent()) {
            r.notes.add(fh.id() + " dropped: clause " + clause + " speaks of 「" + foreign.get().surface() + "」's " + h.matched().stream()
                    .filter(t -> ownedObjects.contains(t.term())).findFirst().map(Token::surface).orElse(""));
            return;
        }
        // 「iPhoneから送ったメッセージ届いてない」「コードがどこにも届きません」: what did not arrive (or is nowhere) is named right
        // before, and it is no mail (「メッセージを送信できません」, Mail's own dialog, sends: only an arrival or absence word is read so).
        String firstWord = h.matched().get(0).term();
        if (fh.kind() == FactKind.SYMPTOM && !r.topicClauses.get(clause) && (arrivalWords.contains(firstWord) || absence.contains(firstWord))) {
            Optional<Token> thing = Token.before(h.matched().get(0), r.tokens, notMailObjects);
            if (thing.isPresent()) {
                r.notes.add(fh.id() + " dropped: clause " + clause + " is about 「" + thing.get().surface() + "」, no mail");
                return;
            }
        }
        // 「iPhoneもMacも」 (端末も端末も) is two devices: 「iPhoneに通知が来ない…iPhoneはすぐ横に」 names one device twice.
        Optional<String> once = namedOnce(h, r.tokens);
        if (once.isPresent()) {
            r.notes.add(fh.id() + " dropped: clause " + clause + " names 「" + once.get() + "」 twice, not two of them");
            return;
        }
        // 「Gmailが障害で落ちてる」「今障害ですか？」「もしApple側の障害だったら」: no iCloud outage stated.
        if (fh.id().equals(StatusPage.CONTEXT) && !h.p().requiresNegation()) {
            Optional<String> not = outageClaim.notClaimed(h.matched(), r.tokens, r.a);
            if (not.isPresent()) {
                r.notes.add(fh.id() + " dropped: clause " + clause + ": " + not.get());
                return;
            }
        }
        // 「パスワードを変更するべきでしょうか」「明日機種変更する予定です」: asked about, weighed or planned, not done. Not the
        // outage's own words (「明日の朝までかかる予定」 says how long it lasts; OutageClaim reads its questions).
        if (fh.kind() == FactKind.CONTEXT && !h.p().requiresNegation() && !fh.id().equals(StatusPage.CONTEXT)) {
            Optional<String> planned = unrealized.after(r.tokens, h.last(), r.a.normalized());
            if (planned.isPresent()) {
                r.notes.add(fh.id() + " dropped: clause " + clause + ": asked about or planned (「" + planned.get() + "」), not done");
                return;
            }
        }
        boolean negated = !h.p().requiresNegation() && (negatedAfter(h, r.tokens, r.consumed, otherWords(r.factWords, h))
                || fh.kind() == FactKind.CONTEXT && (r.lists.negates(clause) || wholeClauseDenied(r.a, clause) || prefixNegated(h, r.tokens)
                        || topicDenied(r, clause)))
                || fh.kind() == FactKind.CONTEXT && role == ClauseRoles.Role.DENIED;
        if (negated && fh.kind() == FactKind.SYMPTOM) {
            if (nearMisses) near.add(new NearMiss(fh, h.p().phrasing(), h.coverage(), List.of(), "said in the negative"));
            return;
        }
        if (!isClaim(fh.kind())) negated = false;
        Set<String> markers = endedBy.get(fh.id());
        // 「夕方から復旧しない」: the phrasing ends on a word of its end (復旧), and the negation right after denies the end,
        // not the context: the outage still holds.
        if (negated && markers != null && markers.contains(r.tokens.get(h.last()).term()) && h.last() + 1 < r.tokens.size()
                && r.tokens.get(h.last() + 1).isNegation() && r.tokens.get(h.last() + 1).clause() == clause) {
            negated = false;
            r.notes.add(fh.id() + " holds in clause " + clause + ": its end 「" + r.tokens.get(h.last()).surface() + "」 is denied");
        }
        boolean over = false;
        if (!negated && markers != null) {
            // After any of its words: 「障害は対応済みと出ている」 is over though its phrasing 「障害が出ている」 ends later.
            Optional<Token> end = Optional.empty();
            Set<String> passable = endedPassable.get(fh.id());
            for (int k = 0; k < h.matched().size() && end.isEmpty(); k++) {
                end = EndedState.after(h.matched().get(k).position(), r.tokens, r.a.normalized(), markers, passable);
            }
            if (end.isEmpty()) end = EndedState.nextClause(h.last(), r.tokens, r.a, markers);
            if (end.isPresent()) {
                negated = true;
                over = true;
                r.notes.add(fh.id() + " over in clause " + clause + ": 「" + end.get().surface() + "」");
            }
        }
        List<String> evidence = new ArrayList<>(h.matched().size());
        for (int k = 0; k < h.matched().size(); k++) evidence.add(h.matched().get(k).surface());
        FactMatch m = new FactMatch(fh, round(h.coverage()), negated, evidence, h.p().phrasing(), clause);
        FactMatch before = r.best.get(fh.id());
        // Over and said again are events in time: 「障害が起きてたらしい。その障害自体は火曜には終わってて」 is over, the
        // later of the two readings wins, as after a correction.
        boolean timeline = over || r.over.contains(fh.id());
        if (over) r.over.add(fh.id());
        FactMatch chosen = before == null ? m : (timeline || r.roles.lastCorrection() >= 0) && before.negated() != m.negated()
                ? later(before, m, r.notes) : better(before, m);
        r.best.put(fh.id(), chosen);
    }

    /** Statements the discourse layer reads over several words or clauses, added to the facts found. */
    private void discourseStatements(Reading r, List<DeviceMention> named) {
        Map<String, FactMatch> best = r.best;
        List<String> notes = r.notes;
        // 「パスワードちゃうって何べんも聞いてくる。変えてへんのに」: a context denied with its object left out.
        BitSet claimWords = (BitSet) r.contextWords.clone();
        claimWords.or(r.symptomWords);
        for (FactMatch m : elided.find(r.tokens, claimWords, r.consumed, new java.util.HashSet<>(best.keySet()))) {
            best.put(m.id(), m);
            notes.add(m.id() + " negated in clause " + m.clause() + ": its object 「" + m.evidence().get(0) + "」 named before");
        }
        // 「迷惑メールはまだ見てません。→ いま見てみましたが、そこにもありませんでした」: the search told later wins.
        FoundNowhere.find(r.a, searchVerbs, absence, bridges, Optional.ofNullable(factsById.get(FoundNowhere.CONTEXT))).ifPresent(m -> {
            FactMatch before = best.get(m.id());
            if (before == null || before.negated()) {
                best.put(m.id(), m);
                notes.add(m.id() + " stated in clause " + m.clause() + ": searched, nothing there" + (before == null ? "" : " (overrides clause " + before.clause() + ")"));
            }
        });
        // 「Macで受信できない。iPadでも同じでした」「テザリングにしたが状況は変わらない」: the trouble is there too.
        int seen = triggered(r.tokens);
        if ((seen & SAME) != 0) for (Statement st : same.find(r.a, named, r.roles)) state(st, r, "the same there (" + String.join(" … ", st.evidence()) + ")");
        // 「銀行からの通知メールが届かない」「ヨドバシの発送通知が来ない」: one sender's mail.
        if ((seen & SENDER) != 0 && !best.containsKey(NamedSender.CONTEXT)) {
            sender.find(r.a).ifPresent(st -> state(st, r, "a named sender (" + String.join(" ", st.evidence()) + ")"));
        }
        // 「システム状況ページを確認したところ、…「問題が発生しています」と表示」: the page's state told in the next clause.
        if ((seen & PAGE) != 0 && !best.containsKey(StatusPage.CONTEXT)) {
            statusPage.find(r.a).ifPresent(st -> state(st, r, "the status page shows it (" + String.join(" … ", st.evidence()) + ")"));
        }
        // 「「確認コードを入力」って画面になるのに、iPhoneに何も通知が来ない」: the code's notice, not mail notifications.
        if ((seen & (NOTICE | CODE)) == (NOTICE | CODE) && !best.containsKey(CodeNotice.CONTEXT)) {
            codeNotice.find(r.a, r.topicClauses).ifPresent(st -> {
                state(st, r, "a sign-in code's notice does not come (" + String.join(" … ", st.evidence()) + ")");
                FactMatch mailNotices = best.get(CodeNotice.MAIL_NOTICES);
                // Dropped only while a mail or iCloud word keeps the text in scope: a context alone would not.
                boolean inScope = best.values().stream().anyMatch(m -> m.fact().kind() == FactKind.TOPIC || m.fact().kind() == FactKind.SERVICE);
                if (mailNotices != null && mailNotices.clause() == st.clause() && best.containsKey(CodeNotice.CONTEXT) && inScope) {
                    best.remove(CodeNotice.MAIL_NOTICES);
                    notes.add(CodeNotice.MAIL_NOTICES + " dropped: clause " + st.clause() + " is the code's notice");
                }
            });
        }
        // A received message that claims a lock, a full storage…: the suspicious message the user asks about (「このリンクを押しても
        // 大丈夫でしょうか」 asks, it does not deny it).
        r.quotedClaim.ifPresent(q -> {
            FactMatch said = best.get(ReceivedMessage.CONTEXT);
            if (said != null && said.negated()) {
                best.remove(ReceivedMessage.CONTEXT);
                notes.add(ReceivedMessage.CONTEXT + " negated in clause " + said.clause() + " overridden: a message received claims trouble");
            }
            state(new Statement(ReceivedMessage.CONTEXT, q.message().clause(), List.of(q.message().surface(), q.arrival().surface())), r,
                    "a message received claims trouble (" + q.message().surface() + " … " + q.arrival().surface() + ")");
            FactMatch sender = best.get(ReceivedMessage.OWN_SENDER);
            if (sender != null && !sender.negated() && received.messageSender(r.a, q, sender)) {
                best.remove(ReceivedMessage.OWN_SENDER);
                notes.add(ReceivedMessage.OWN_SENDER + " dropped: clause " + sender.clause() + " names the received message's sender");
            }
        });
        r.otherProvider.ifPresent(st -> state(st, r, "another mail service's own mail (" + st.evidence().get(0) + "), iCloud's works"));
        // 「一回復旧したっぽかったのに、また落ちたみたい」: the outage is back.
        if ((seen & (RECOVERY | AGAIN)) == (RECOVERY | AGAIN) && !best.containsKey(Relapse.CONTEXT)) {
            relapse.find(r.a).ifPresent(st -> state(st, r, "down again after a recovery (" + String.join(" … ", st.evidence()) + ")"));
        }
    }

    /** A discourse statement becomes its context's match, unless the text already states or denies that context. */
    private void state(Statement st, Reading r, String why) {
        if (r.best.containsKey(st.contextId())) return;
        st.match(factsById).ifPresent(m -> {
            r.best.put(m.id(), m);
            r.notes.add(m.id() + " stated in clause " + m.clause() + ": " + why);
        });
    }

    /** The facts in order, the device in trouble and the device variants named: the match result. */
    private MatchResult result(Reading r, DialogFacts pasted, Analysis unmasked, Squeezed sq, List<DeviceMention> named, List<NearMiss> near) {
        List<FactMatch> sorted = new ArrayList<>(r.best.values());
        sorted.sort(BY_SCORE);
        List<FactMatch> all = List.copyOf(sorted);
        BitSet said = new BitSet();
        for (FactMatch m : all) if (m.fact().kind() == FactKind.SYMPTOM) said.set(m.clause());
        TroubleDevice.Choice choice = TroubleDevice.choose(unmasked, sq, pasted.mentions(named, unmasked),
                devices.weak(unmasked, sq, deviceRoles.weak()), deviceRoles, r.roles, said);
        r.notes.addAll(choice.notes());
        all = TroubleDevice.withoutPurchaseElsewhere(all, choice, unmasked, deviceRoles, r.notes);
        Map<DeviceId, String> variants = new NamedVariants(devices, r.a, sq, okMarkers);
        List<FactMatch> topics = of(all, FactKind.TOPIC);
        List<FactMatch> offtopics = of(all, FactKind.OFFTOPIC);
        if (!topics.isEmpty() && !offtopics.isEmpty() && said.isEmpty() && pasted.dialogs().isEmpty() && mailSaidFine(r)) {
            r.notes.add("mail words only where the text says mail works: about " + offtopics.get(0).id() + ", not mail");
            topics = List.of();
        }
        return new MatchResult(r.a, of(all, FactKind.SYMPTOM), of(all, FactKind.CONTEXT), topics,
                of(all, FactKind.SERVICE), offtopics, near, choice.mentions(), choice.device(), variants, r.notes,
                pasted.dialogs());
    }

    /**
     * 「iCloud写真のアップロードが進まない…メールや連絡先は問題ないです」「発送しましたってメールは来たのに、荷物が届かない」:
     * every clause with a mail word says it works (kb/negation.yaml ok_markers, not negated) or that the mail came (an
     * arrival word in the past, 来た/届いた, in a clause with no negation; not 「受信が不安定」), so the mail words name what
     * is fine, not the trouble.
     */
    private boolean mailSaidFine(Reading r) {
        for (int c = r.topicClauses.nextSetBit(0); c >= 0; c = r.topicClauses.nextSetBit(c + 1)) {
            if (!mailWorksIn(r, c, r.a.clause(c))) return false;
        }
        return !r.topicClauses.isEmpty();
    }

    /** Whether clause {@code c} (its tokens {@code clause}) says something works or that the mail came. */
    private boolean mailWorksIn(Reading r, int c, List<Token> clause) {
        return DeviceDetector.clauseSaysWorks(r.a, c, okMarkers) || mailCame(clause, r.a.normalized(), r.topicWords);
    }

    /** The mail word, then an arrival word in the past after it, in a clause with no negation (「メールは来たのに」). */
    private boolean mailCame(List<Token> clause, String normalized, BitSet mailWords) {
        if (Token.anyNegation(clause)) return false;
        boolean mail = false;
        for (Token t : clause) {
            if (mail && arrivalWords.contains(t.term()) && EndedState.perfective(normalized, t.end())) return true;
            mail |= mailWords.get(t.position());
        }
        return false;
    }

    /** After a correction the later statement wins (「VPNを使ってたかも、と書きましたが…入っていませんでした」). */
    private static FactMatch later(FactMatch x, FactMatch y, List<String> notes) {
        FactMatch win = y.clause() >= x.clause() ? y : x;
        FactMatch lose = win == y ? x : y;
        notes.add(win.id() + (win.negated() ? " negated" : " stated") + " in clause " + win.clause() + " overrides clause " + lose.clause());
        return win;
    }

    /** How many light words (も, 何) a context told in the negative may have between its own: 「確認コードも何も届かない」. */
    private static final int NEGATIVE_CONTEXT_SLACK = 3;

    /** A context hit told in the negative (「確認コードが届かない」) whose words stay close, light words between. */
    private static boolean negativeContext(Hit o) {
        int span = o.last() - o.matched().get(0).position() + 1;
        return o.p().fact().kind() == FactKind.CONTEXT && o.p().requiresNegation() && span <= o.matched().size() + NEGATIVE_CONTEXT_SLACK;
    }

    /**
     * A context told in the negative (「確認コードが届かない」, no-trusted-device) also owns a bare positive context
     * inside it (「確認コード」, two-factor): the words say the code does not come, not that the user set it up.
     */
    private static boolean negativeContextOver(Hit o, Hit h) {
        return negativeContext(o) && !h.p().requiresNegation();
    }

    /**
     * 「確認コードも何も届かない」: a symptom read from words that all belong to a longer context told in the negative
     * whose object is no mail (kb/discourse.yaml not_mail_contexts: no-trusted-device, the code does not come) and that
     * name no mail (kb/scope.yaml topics) is that context's, not missing mail.
     */
    private boolean codeNotMail(Hit h, List<Hit> hits) {
        if (h.p().fact().kind() != FactKind.SYMPTOM || Token.anyTerm(h.matched(), mailTerms)) return false;
        for (int j = 0; j < hits.size(); j++) {
            Hit o = hits.get(j);
            if (o != h && negativeContext(o) && notMailContexts.contains(o.p().fact().id())
                    && o.matched().size() > h.matched().size() && holdsAll(o.matched(), h.matched())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Longest match wins: a claim whose words all belong to a longer, compact claim of another fact of
     * the same kind is dropped (「パスワードを更新した」 is password-changed, not also after-update through
     * 更新). A symptom and a context may share words: 「楽天からのメールだけ届かない」 is both.
     */
    private List<Hit> withoutSubsumed(List<Hit> hits) {
        List<Hit> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (codeNotMail(h, hits)) continue;
            boolean subsumed = false;
            if (isClaim(h.p().fact().kind())) {
                for (int j = 0; j < hits.size() && !subsumed; j++) {
                    Hit o = hits.get(j);
                    subsumed = o != h && o.p().fact().kind() == h.p().fact().kind() && !o.p().fact().id().equals(h.p().fact().id())
                            && (o.p().requiresNegation() == h.p().requiresNegation() && compact(o) || negativeContextOver(o, h))
                            && o.matched().size() > h.matched().size() && holdsAll(o.matched(), h.matched());
                }
            }
            if (!subsumed) out.add(h);
        }
        return out;
    }

    /** Whether {@code all} holds each of {@code some}: the same tokens (one reading's tokens are compared by identity). */
    private static boolean holdsAll(List<Token> all, List<Token> some) {
        for (int i = 0; i < some.size(); i++) if (!holds(all, some.get(i))) return false;
        return true;
    }

    private static boolean holds(List<Token> tokens, Token t) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i) == t) return true;
        return false;
    }

    /**
     * Two contexts whose phrasings end in the same predicate (端末を変えた, パスワードを変えた) cannot both own one
     * occurrence of it: it is the predicate of the one whose own word stands right before it. In
     * 「パスワード変えてからiPhoneのメールが…」 or 「Galaxyのメール、パスワードを変えた」 変える is password-changed's, so
     * new-device, which reads the same 変える with a device further off, is not stated.
     */
    private List<Hit> withoutBorrowedPredicates(List<Hit> hits, List<Token> tokens) {
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            boolean borrowed = false;
            Token predicate = predicate(h);
            if (predicate != null && !ownWordBefore(h, predicate)) {
                borrowed = hits.stream().anyMatch(o -> o != h && !o.p().fact().id().equals(h.p().fact().id())
                        && predicate(o) == predicate && ownWordBefore(o, predicate))
                        // 「スマホのテザリングに変えた」: what was changed is the connection right before the verb.
                        || connectionBefore(tokens, predicate);
            }
            if (!borrowed) out.add(h);
        }
        return out;
    }

    /** The token a context hit reads for its phrasing's last term (a content word), when it has other words too; else null. */
    private Token predicate(Hit h) {
        if (h.p().fact().kind() != FactKind.CONTEXT || h.matched().size() < 2) return null;
        String last = h.p().terms().get(h.p().terms().size() - 1);
        // Light words (も, 端末: kb/negation.yaml bridges) end list phrasings (「wifiもモバイルデータも」); they are no predicate.
        if (bridges.contains(last)) return null;
        for (Token t : h.matched()) if (t.term().equals(last)) return t;
        return null;
    }

    /**
     * 「認証コードを求められたり通知が来たりも一切していません」: a たり list ended by a negation (kb/discourse.yaml
     * whole_clause_negations, compared with the clause's text) denies every context of its clause.
     */
    private boolean wholeClauseDenied(Analysis a, int clause) {
        List<Token> ts = a.clause(clause);
        if (ts.isEmpty() || !ts.get(ts.size() - 1).isNegation()) return false;
        String text = a.normalized().substring(ts.get(0).start(), ts.get(ts.size() - 1).end());
        for (String m : wholeClauseNegations) if (text.contains(m)) return true;
        return false;
    }

    /**
     * 「低電力モードは、買ってから一切使ったことがありません」: a clause that ends in a topic and a comma (kb/discourse.yaml
     * topic_markers: は、) is denied by a negative clause right after it that names no fact of its own.
     */
    private boolean topicDenied(Reading r, int clause) {
        List<Token> ts = r.a.clause(clause);
        List<Token> next = r.a.clause(clause + 1);
        if (ts.isEmpty() || next.isEmpty() || !next.get(next.size() - 1).isNegation()) return false;
        String text = r.a.normalized();
        int end = ts.get(ts.size() - 1).end();
        String after = text.substring(end, Math.min(text.length(), end + 3));
        if (topicMarkers.stream().noneMatch(after::startsWith)) return false;
        for (Token t : next) if (r.contextWords.get(t.position()) || r.symptomWords.get(t.position())) return false;
        return true;
    }

    /** How many words before a context an English negator (no, not, haven't) may stand: "no VPN", "not using any VPN". */
    private static final int PREFIX_REACH = 4;

    /** "No VPN, no profiles installed": an English negator (kb/negation.yaml prefix_negators) shortly before the context, in its clause. */
    private boolean prefixNegated(Hit h, List<Token> tokens) {
        if (prefixNegators.isEmpty()) return false;
        Token first = h.matched().get(0);
        for (int i = first.position() - 1; i >= 0 && i >= first.position() - PREFIX_REACH; i--) {
            Token t = tokens.get(i);
            if (t.clause() != first.clause()) return false;
            if (prefixNegators.contains(t.term())) return true;
        }
        return false;
    }

    /**
     * The one word a text uses for a term the hit's phrasing repeats to mean two things (kb/discourse.yaml distinct_terms),
     * when the clauses the hit spans say that term with one word only: 「iPhoneに…通知が来ない…iPhoneはすぐ横に」.
     */
    private Optional<String> namedOnce(Hit h, List<Token> tokens) {
        int from = h.matched().get(0).clause();
        int to = tokens.get(h.last()).clause();
        for (String term : distinctTerms) {
            if (h.p().terms().indexOf(term) == h.p().terms().lastIndexOf(term)) continue;
            Set<String> said = new java.util.HashSet<>();
            for (Token t : tokens) {
                if (t.clause() >= from && t.clause() <= to && t.term().equals(term)) said.add(t.surface().toLowerCase(java.util.Locale.ROOT));
            }
            if (said.size() == 1) return Optional.of(said.iterator().next());
        }
        return Optional.empty();
    }

    /** The word right before an owned object of the hit (パスワード), when it names another service (kb/discourse.yaml foreign_accounts). */
    private Optional<Token> foreignOwner(Hit h, List<Token> tokens) {
        for (Token t : h.matched()) {
            if (!ownedObjects.contains(t.term())) continue;
            Optional<Token> owner = Token.before(t, tokens, foreignAccounts);
            if (owner.isPresent()) return owner;
        }
        return Optional.empty();
    }

    /** The mail service named right before a mail word in the hit's clause (「gmailのメール」「yahooメールが受信できない」), if any. */
    private Optional<Token> providerMail(Hit h, Reading r) {
        if (mailProviders.isEmpty()) return Optional.empty();
        List<Token> clause = r.a.clause(h.matched().get(0).clause());
        // 「iCloudもGmailのメールも受信できない」 names iCloud in trouble too.
        if (Token.anyTerm(clause, ICLOUD)) return Optional.empty();
        for (Token t : clause) {
            if (!r.topicWords.get(t.position())) continue;
            Optional<Token> p = Token.before(t, r.tokens, mailProviders);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    /** Another clause names iCloud and says its mail works or came (「iCloudのメールは問題なく届いています」). */
    private boolean icloudMailWorks(Reading r, int except) {
        for (int c = r.topicClauses.nextSetBit(0); c >= 0; c = r.topicClauses.nextSetBit(c + 1)) {
            if (c == except) continue;
            List<Token> clause = r.a.clause(c);
            if (Token.anyTerm(clause, ICLOUD) && mailWorksIn(r, c, clause)) return true;
        }
        return false;
    }

    /** Whether the word right before a predicate, in its clause, is a kind of connection (kb/discourse.yaml networks). */
    private boolean connectionBefore(List<Token> tokens, Token predicate) {
        return Token.before(predicate, tokens, networks).isPresent();
    }

    private static boolean ownWordBefore(Hit h, Token t) {
        for (Token u : h.matched()) if (u.position() == t.position() - 1) return true;
        return false;
    }

    /**
     * One mention of a fact is judged by its fullest reading: of a fact's hits that share words, only the
     * one with the most words (then the best coverage, then the latest end) stays, so 「新しいスマホに替えたわけでもない」 is read with
     * its verb 替える (and negated), not as 「新しいスマホ」 alone.
     */
    private static List<Hit> fullestReadings(List<Hit> hits) {
        List<Hit> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            boolean outdone = false;
            for (int j = 0; j < hits.size(); j++) {
                Hit o = hits.get(j);
                if (o == h || !o.p().fact().id().equals(h.p().fact().id()) || !overlap(o.matched(), h.matched())) continue;
                int c = FULLER.compare(o, h);
                // Equal fullness: the first of them (indexOf, as hits of equal parts are one) wins.
                if (c > 0 || c == 0 && hits.indexOf(o) < hits.indexOf(h)) {
                    outdone = true;
                    break;
                }
            }
            if (!outdone) out.add(h);
        }
        return out;
    }

    private static boolean overlap(List<Token> a, List<Token> b) {
        for (int i = 0; i < a.size(); i++) if (holds(b, a.get(i))) return true;
        return false;
    }

    /** The claim's words stand together (at most one word between), as in a phrase, not scattered. */
    private static boolean compact(Hit h) {
        int span = h.last() - h.matched().get(0).position() + 1;
        return span <= h.matched().size() + 1;
    }

    /** Symptoms and contexts claim words and can be negated; scope words only say what the text is about. */
    private static boolean isClaim(FactKind k) {
        return k == FactKind.SYMPTOM || k == FactKind.CONTEXT;
    }

    /** A positive statement beats a negated one; then the higher score, then more words, then the earlier clause. */
    private static FactMatch better(FactMatch x, FactMatch y) {
        if (x.negated() != y.negated()) return x.negated() ? y : x;
        if (y.score() != x.score()) return y.score() > x.score() ? y : x;
        // Equal coverage: the reading with more words, then the earlier clause. Not the order the hits came in, which
        // follows IDF weights, so a phrasing added anywhere in the KB could move a fact to another clause.
        if (y.evidence().size() != x.evidence().size()) return y.evidence().size() > x.evidence().size() ? y : x;
        return y.clause() < x.clause() ? y : x;
    }

    private static List<FactMatch> of(List<FactMatch> all, FactKind kind) {
        List<FactMatch> out = null;   // most kinds have no match in a text
        for (int i = 0; i < all.size(); i++) {
            FactMatch m = all.get(i);
            if (m.fact().kind() != kind) continue;
            if (out == null) out = new ArrayList<>(2);
            out.add(m);
        }
        return out == null ? List.of() : List.copyOf(out);   // immutable: MatchResult keeps it without another copy
    }

    private static final String ALSO = AlsoLists.ALSO;

    /**
     * Coverage of one phrasing in one clause or segment (the unit); null when nothing matched. negationAt is the position of the
     * ない a negative phrasing used, -1 when it needs none, -2 when it needs one and none follows.
     */
    private Hit score(CompiledPhrasing p, Map<String, List<Token>> byTerm, List<Token> tokens, Predicate<Token> unit) {
        double got = 0;
        List<Token> matched = new ArrayList<>(p.terms().size());
        Token verb = null;   // the word matched for the phrasing's last term
        Token previous = null;   // the word matched for the term before k, null when it was not found
        for (int k = 0; k < p.terms().size(); k++) {
            List<Token> ts = byTerm.get(p.terms().get(k));
            Token before = previous;
            previous = null;
            if (ts == null) continue;
            // A longer phrasing's も counts only close after its own word when the text has that word: 「icloudにログインしても
            // 見れない」 (サインイン+も) is not read from 「icloud サインインできない メールも見れない」, where the も is メール's.
            if (k > 0 && p.terms().size() > 2 && p.terms().get(k).equals(ALSO) && before != null) {
                Token next = AlsoLists.alsoAfter(before, tokens, unit);
                if (next != null && !holds(matched, next)) {
                    got += p.weights()[k];
                    matched.add(next);
                    previous = next;
                    if (k == p.terms().size() - 1) verb = next;
                }
                continue;
            }
            // A negative phrasing takes the occurrence nearest its ない: the last one in the clause; a one-word
            // phrasing the last one its ない follows (「送れなくて送信済みにも残ってない」: 送れ, not 送信).
            int negatedOne = p.requiresNegation() && p.terms().size() == 1 ? lastNegated(ts, tokens, unit) : -1;
            for (int i = 0; i < ts.size(); i++) {
                Token t = negatedOne >= 0 ? ts.get(negatedOne) : ts.get(p.requiresNegation() ? ts.size() - 1 - i : i);
                if (unit.test(t) && !holds(matched, t)) {
                    got += p.weights()[k];
                    matched.add(t);
                    previous = t;
                    if (k == p.terms().size() - 1) verb = t;
                    break;
                }
            }
        }
        if (matched.isEmpty()) return null;
        matched.sort(BY_POSITION);
        if (alsoLists.sameDeviceTwice(p, matched, tokens, unit)) return null;
        // A word and も (「両方とも」「同僚も」) say "that one too" only in that order, side by side: 「スパムも全部見た」 is no 両方とも.
        if (p.terms().size() == 2 && matched.size() == 2 && p.terms().contains(ALSO) && !p.terms().get(0).equals(ALSO)) {
            Token word = matched.get(0).term().equals(ALSO) ? matched.get(1) : matched.get(0);
            Token next = word.position() + 1 < tokens.size() ? tokens.get(word.position() + 1) : null;
            if (next == null || !next.term().equals(ALSO) || !unit.test(next)) return null;
            matched.clear();
            matched.add(word);
            matched.add(next);
        }
        int negationAt = -1;
        if (p.requiresNegation()) {
            negationAt = -2;
            int first = matched.get(0).position();
            int last = matched.get(matched.size() - 1).position();
            // The ない of 「取得できない」 follows its verb closely; one further off negates something else.
            // A one-word phrasing (「受信しない」) needs its ない right after it: 「迷惑メールはチェックしてない」 is no 「迷惑メールに無い」.
            int reach = p.terms().size() == 1 ? 1 : NEGATION_REACH;
            // The ない after the word its phrasing ends on first (「何も受信しない」: after 受信): one before it may be another
            // verb's (「何も入れてません…受信できない」: 入れてません keeps its own). Else any from its first word on
            // (「届かないメールがある」, 「意図しないアドレスで送られる」).
            if (verb != null) negationAt = negationIn(tokens, verb.position() + 1, Math.max(verb.position(), last - 1) + reach, unit);
            if (negationAt < 0) negationAt = negationIn(tokens, first + 1, last + reach, unit);
        }
        return new Hit(p, got / p.totalWeight(), matched, negationAt);
    }

    /** The position of the first negation in the unit from token {@code from} to {@code to} (inclusive), or -2. */
    private static int negationIn(List<Token> tokens, int from, int to, Predicate<Token> unit) {
        for (int i = Math.max(from, 0); i < tokens.size() && i <= to; i++) {
            Token t = tokens.get(i);
            if (unit.test(t) && t.isNegation()) return t.position();
        }
        return -2;
    }

    /** The index in {@code ts} of the last occurrence in the unit with a negation right after it, or -1. */
    private static int lastNegated(List<Token> ts, List<Token> tokens, Predicate<Token> unit) {
        for (int i = ts.size() - 1; i >= 0; i--) {
            Token t = ts.get(i);
            int after = t.position() + 1;
            if (unit.test(t) && after < tokens.size() && unit.test(tokens.get(after)) && tokens.get(after).isNegation()) return i;
        }
        return -1;
    }

    private static BitSet otherWords(Map<String, BitSet> factWords, Hit h) {
        BitSet b = new BitSet();
        factWords.forEach((id, words) -> {
            if (!id.equals(h.p().fact().id())) b.or(words);
        });
        return b;
    }

    private static Map<String, Set<String>> endedBy(KnowledgeBase kb, TextAnalyzer analyzer) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Fact c : kb.contexts()) {
            if (c.endedBy().isEmpty()) continue;
            Set<String> terms = new java.util.HashSet<>();
            for (String w : c.endedBy()) terms.addAll(analyzer.analyze(w).contentTerms());
            out.put(c.id(), Set.copyOf(terms));
        }
        return Map.copyOf(out);
    }

    /**
     * Whether a negation after the phrasing applies to it: a free ない, or a word saying it works or is off
     * (大丈夫, オフ) not itself negated, within the window in the same clause, reached only through bridge
     * words or the fact's own words. Another fact's words, a verb of getting fixed (「エラーが消えない」) or any
     * other word in between take the negation for themselves.
     */
    private boolean negatedAfter(Hit h, List<Token> tokens, BitSet consumed, BitSet otherFacts) {
        int last = h.last();
        int segment = tokens.get(last).segment();
        Set<String> own = !isClaim(h.p().fact().kind()) ? Set.of() : ownTerms.getOrDefault(h.p().fact().id(), Set.of());
        Set<String> ended = endedBy.getOrDefault(h.p().fact().id(), Set.of());
        int distance = 0;
        // 「機種変更もアップデートもしていない」: in a も-list the negation reaches every item, across the others' words.
        boolean list = last + 1 < tokens.size() && tokens.get(last + 1).term().equals("も");
        // 「スマホもPCも繋がらん」: after a list ending in も (「iPhoneもMacも」) a negated word of trouble is the trouble the
        // list has in common, not a denial of it.
        boolean listOfPlaces = h.p().terms().get(h.p().terms().size() - 1).equals(ALSO);
        int modifiers = 2;
        for (int i = last + 1; i < tokens.size() && i <= last + MAX_REACH && distance <= window; i++) {
            Token t = tokens.get(i);
            if (listOfPlaces && t.segment() == segment && troubleWords.contains(t.term())) return false;
            if (list && otherFacts.get(i) && t.segment() == segment) continue;
            // 「パスワードの変更も、OSのアップデートも…」: a list item's modifier (os) stands right before its fact's word.
            if (list && t.segment() == segment && !t.isNegation() && i + 1 < tokens.size() && otherFacts.get(i + 1)
                    && tokens.get(i + 1).segment() == segment && modifiers-- > 0) continue;
            // 「障害中でまだ復旧していない」: a negated word of the context being over (ended_by) says it is not over.
            if (t.segment() != segment || otherFacts.get(i) || blockers.contains(t.term()) || ended.contains(t.term())) return false;
            if (t.isNegation()) return !consumed.get(i);
            // 「アップデートの前から」: the trouble predates the fact.
            if (before.contains(t.term()) && i + 1 < tokens.size() && tokens.get(i + 1).term().equals("から")
                    && tokens.get(i + 1).segment() == segment) {
                return true;
            }
            if (contextNegators.contains(t.term())) {
                boolean doubleNegative = i + 1 < tokens.size() && tokens.get(i + 1).isNegation() && tokens.get(i + 1).segment() == segment;
                return !doubleNegative;
            }
            if (!bridges.contains(t.term()) && !own.contains(t.term())) return false;
            // Bridge words are transparent; only the fact's own words count towards the window.
            if (!bridges.contains(t.term())) distance++;
        }
        return false;
    }

    private static NearMiss nearMiss(Hit h) {
        List<String> missing = new ArrayList<>();
        for (String t : h.p().terms()) {
            if (h.matched().stream().noneMatch(m -> m.term().equals(t))) missing.add(t);
        }
        String reason = h.negationAt() == -2 && h.coverage() >= THRESHOLD
                ? "the phrasing says ない but the text does not negate it"
                : String.format("coverage %.2f below %.2f", h.coverage(), THRESHOLD);
        return new NearMiss(h.p().fact(), h.p().phrasing(), round(h.coverage()), missing, reason);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
