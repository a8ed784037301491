package dev.naoru.match;

import dev.naoru.kb.DeviceId;
import dev.naoru.kb.DeviceRoles;
import dev.naoru.kb.Discourse;
import dev.naoru.text.Analysis;
import dev.naoru.text.TextNormalizer;
import dev.naoru.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the user says the mail works somewhere else, which means the trouble is on this device only
 * (contract: 「iPhoneでは普通に見れる」 answers {@code other-devices} with no):
 * <ul>
 *   <li>another device said to work (「iPadは大丈夫」), also one of the same family named differently
 *       (「iPadで開いたら普通に見れました。iPhoneだけ…」);</li>
 *   <li>a place of kb/discourse.yaml {@code elsewhere} (ブラウザ, icloud.com…) in a clause with no negation and no
 *       symptom; a clause ending in a condition (「icloud.comで見たら」) is judged by the clause after it;</li>
 *   <li>a generic device word ({@code other_devices}: スマホ, パソコン…) with a {@code works} term and no symptom
 *       in its clause (「スマホは問題なし」).</li>
 * </ul>
 */
public final class WorksElsewhere {
    private final Set<String> works;
    private final DeviceRoles devices;
    private final Set<String> networks;
    /** kb/discourse.yaml {@code elsewhere} and {@code other_devices} cues, normalized like the text they are looked for in. */
    private final List<String> elsewhere;
    private final List<String> otherDevices;
    /** The cues' normalized forms, in list order: looked up in one pass over a clause. */
    private final dev.naoru.kb.MarkerList elsewhereNormalized;
    private final dev.naoru.kb.MarkerList otherDevicesNormalized;

    /** Built once per KB snapshot (by {@link FactMatcher}): the word lists as sets, the cues normalized. */
    WorksElsewhere(Discourse d, DeviceRoles devices) {
        this.works = Set.copyOf(d.works());
        this.devices = devices;
        this.networks = Set.copyOf(d.networks());
        this.elsewhere = d.elsewhere();
        this.otherDevices = d.otherDevices();
        this.elsewhereNormalized = dev.naoru.kb.MarkerList.of(elsewhere.stream().map(WorksElsewhere::normalizedCue).toList());
        this.otherDevicesNormalized = dev.naoru.kb.MarkerList.of(otherDevices.stream().map(WorksElsewhere::normalizedCue).toList());
    }

    private static String normalizedCue(String cue) {
        return TextNormalizer.normalize(cue).toLowerCase(Locale.ROOT);
    }

    /** The words that say so, for the context's evidence; empty when the text does not say it. */
    public Optional<String> evidence(MatchResult m, Optional<DeviceId> device) {
        Analysis a = m.analysis();
        for (DeviceMention dm : m.deviceMentions()) {
            // 「iPadでは読めるのに」: a works term in the device's clause, with no negation or symptom there, says so too.
            boolean saysWorks = dm.worksThere() || dm.role() == DeviceMention.Role.FINE || readsWorking(m, dm.clause(), works);
            if (!saysWorks) continue;
            boolean otherDevice = device.map(x -> x != dm.device()).orElse(true);
            // 「iPadは普通に見れる。iPhoneだけ…」: both read as the iphone device, but they are two devices.
            boolean otherCue = m.deviceMentions().stream().filter(x -> x.device() == dm.device() && x.role().live() && !x.worksThere())
                    .anyMatch(x -> !x.cue().equalsIgnoreCase(dm.cue()));
            // 「古いiPhoneではまだ普通に受信できています」: the phone replaced is another device, whatever it is called.
            boolean former = devices.formerBefore(a.normalized(), dm.offset());
            if (otherDevice || otherCue || former) return Optional.of("works there: " + dm.cue());
        }
        for (int c = 0; c < a.clauseCount(); c++) {
            List<Token> ts = a.clause(c);
            if (ts.isEmpty() || hasSymptom(m, c)) continue;
            String text = a.normalized().substring(ts.get(0).start(), ts.get(ts.size() - 1).end()).toLowerCase(Locale.ROOT);
            Optional<String> place = first(text, elsewhere, elsewhereNormalized);
            if (place.isPresent()) {
                // 「icloud.comで見たら、普通に読めた」: the condition's outcome is in the next clause.
                int judged = conditional(a, ts) && c + 1 < a.clauseCount() ? c + 1 : c;
                List<Token> js = a.clause(judged);
                if (!Token.anyNegation(js) && !hasSymptom(m, judged)) return Optional.of("works elsewhere: " + place.get());
            }
            Optional<String> other = first(text, otherDevices, otherDevicesNormalized);
            if (other.isPresent() && Token.anyTerm(ts, works)) {
                return Optional.of("works elsewhere: " + other.get());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the text says the trouble is on one kind of connection only (other-networks-too denied): mail works
     * on one (「モバイルデータにしたら受信できた」「家のwifiなら受信できる」) or the trouble comes on one only
     * (「wifiのときだけ」). Empty when the text does not say it.
     */
    public Optional<String> networkEvidence(MatchResult m) {
        Analysis a = m.analysis();
        List<Token> ts = a.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (!networks.contains(t.term())) continue;
            if (i + 1 < ts.size() && ts.get(i + 1).clause() == t.clause() && (ts.get(i + 1).term().equals("だけ") || ts.get(i + 1).term().equals("しか"))) {
                return Optional.of("only on: " + t.surface());
            }
            List<Token> clause = a.clause(t.clause());
            int judged = conditional(a, clause) && t.clause() + 1 < a.clauseCount() ? t.clause() + 1 : t.clause();
            if (readsWorking(m, judged, works, judged != t.clause())) return Optional.of("works on: " + t.surface());
        }
        return Optional.empty();
    }

    private static boolean readsWorking(MatchResult m, int clause, Set<String> works, boolean outcome) {
        List<Token> ts = m.analysis().clause(clause);
        return !ts.isEmpty() && !hasSymptom(m, clause) && !Token.anyNegation(ts)
                && Token.anyTerm(ts, works) && (outcome || !conditional(m.analysis(), ts));
    }

    private static boolean readsWorking(MatchResult m, int clause, Set<String> works) {
        List<Token> ts = m.analysis().clause(clause);
        return !ts.isEmpty() && !hasSymptom(m, clause) && !Token.anyNegation(ts)
                && Token.anyTerm(ts, works) && !conditional(m.analysis(), ts);
    }

    /**
     * Whether a positive match of {@code contextId} stands in a clause that says the mail works there
     * (「家族のiPadに入れてある同じアドレスは普通に読めています」 is no 「家族の端末でも同じ」): then the works-elsewhere
     * reading wins.
     */
    public boolean saidWorking(MatchResult m, String contextId) {
        return m.contexts().stream().filter(c -> c.id().equals(contextId) && !c.negated())
                .allMatch(c -> readsWorking(m, c.clause(), works));
    }

    private static boolean hasSymptom(MatchResult m, int clause) {
        for (FactMatch s : m.symptoms()) if (s.clause() == clause) return true;
        return false;
    }

    /** The clause ends in a condition (見たら, なら, 見ると, 開けば). */
    private static boolean conditional(Analysis a, List<Token> clause) {
        int end = clause.get(clause.size() - 1).end();
        String tail = a.normalized().substring(end, Math.min(a.normalized().length(), end + 3));
        return tail.contains("たら") || tail.contains("だら") || tail.contains("なら") || tail.startsWith("ば") || tail.startsWith("と");
    }

    /** The first of {@code cues} (in list order) whose normalized form {@code text} contains. */
    private static Optional<String> first(String text, List<String> cues, dev.naoru.kb.MarkerList normalized) {
        int i = normalized.indexOfFirst(text);
        return i < 0 ? Optional.empty() : Optional.of(cues.get(i));
    }
}
