package dev.naoru.match;

import dev.naoru.kb.DeviceId;
import dev.naoru.kb.DeviceRoles;
import dev.naoru.match.DeviceMention.Role;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the devices a message names is the one in trouble. Each mention gets a {@link Role} from its clause
 * (kb/devices.yaml lists and the clause roles of kb/discourse.yaml); each device the strongest role of its
 * mentions, unless it was taken back after them. The device in trouble is then chosen among the live
 * devices (focus, then symptom, then plain): ドコモメール, then Outlook, then another app (on Android: android)
 * win over the phone or computer they run on, except over a device the text explicitly names as the one in
 * trouble (「問題が出てるのは自宅のThunderbird」). With no live device: a live weak word (スマホ: unknown, Windows:
 * other-app), then a device of the backstory, one said to work, one taken back. Immutable, one per request.
 */
final class TroubleDevice {
    /** Apps that run on a phone or computer named beside them, strongest first. */
    private static final List<DeviceId> APPS = List.of(DeviceId.DOCOMO, DeviceId.OUTLOOK, DeviceId.OTHER_APP);
    /** The contract context a device purchase is told as. */
    private static final String NEW_DEVICE = "new-device";
    private static final String SENTENCE_END = "。!?\n";

    /**
     * The outcome: the device (empty when unknown), every mention with its role, each device's role and the notes for explain.
     */
    record Choice(Optional<DeviceId> device, List<DeviceMention> mentions, Map<DeviceId, Role> devices, List<String> notes) {
    }

    private final Analysis a;
    private final DeviceRoles lists;
    private final ClauseRoles roles;
    private final BitSet symptomClauses;
    private final Squeezed sq;
    private final List<String> notes = new ArrayList<>();
    private final int[] from;
    private final int[] to;
    private final List<DeviceMention> found;
    private final List<DeviceDetector.WeakMention> weak;

    private TroubleDevice(Analysis a, Squeezed sq, List<DeviceMention> found, List<DeviceDetector.WeakMention> weak, DeviceRoles lists,
                          ClauseRoles roles, BitSet symptomClauses) {
        this.a = a;
        this.found = List.copyOf(found);
        this.weak = List.copyOf(weak);
        this.lists = lists;
        this.roles = roles;
        this.symptomClauses = symptomClauses;
        this.sq = sq;
        int n = a.clauseCount();
        from = new int[n];
        to = new int[n];
        java.util.Arrays.fill(from, -1);
        for (Token t : a.tokens()) {
            if (from[t.clause()] < 0) from[t.clause()] = t.start();
            to[t.clause()] = t.end();
        }
    }

    /**
     * Reads the role of every mention and chooses the device in trouble.
     *
     * @param sq             {@code a.normalized()} squeezed (built once per request)
     * @param symptomClauses the clauses where a symptom was found (said, not denied)
     */
    static Choice choose(Analysis a, Squeezed sq, List<DeviceMention> mentions, List<DeviceDetector.WeakMention> weak, DeviceRoles lists,
                         ClauseRoles roles, BitSet symptomClauses) {
        return new TroubleDevice(a, sq, mentions, weak, lists, roles, symptomClauses).choose();
    }

    /** The first of {@code markers} (kb/devices.yaml lists, MarkerLists already) that {@code s} contains, or null. */
    private static String first(String s, List<String> markers) {
        return dev.naoru.kb.MarkerList.of(markers).first(s);
    }

    private Choice choose() {
        int takenBack = takenBackBefore(found);
        List<DeviceMention> mentions = new ArrayList<>(found.size());
        for (DeviceMention m : found) {
            Role r = role(m.offset(), m.cue().length(), m.clause(), m.worksThere(), takenBack);
            mentions.add(m.as(r));
            if (r != Role.PLAIN) notes.add("device cue 「" + m.cue() + "」 (" + m.device().id() + "): " + r.name().toLowerCase());
        }
        Map<DeviceId, Role> devices = devices(mentions);
        Optional<DeviceId> device = pick(mentions, devices, takenBack);
        device.ifPresentOrElse(d -> notes.add("device in trouble: " + d.id()),
                () -> { if (!found.isEmpty()) notes.add("device in trouble: unknown (every device named is backstory, works or was taken back)"); });
        return new Choice(device, mentions, devices, notes);
    }

    /**
     * The clause before which every device named is taken back: a correction or retraction (kb/discourse.yaml) that
     * names a device, in itself or in the clause right after (「iPadのメールで…いや、すみません違いました、Macのメール」),
     * or a retraction that is a clause of its own between two devices named (「iPhoneで、いや違います、Macのメールで」).
     * -1 when there is none.
     */
    private int takenBackBefore(List<DeviceMention> found) {
        int before = -1;
        for (int c = 0; c < a.clauseCount(); c++) {
            ClauseRoles.Role r = roles.role(c);
            if (r != ClauseRoles.Role.CORRECTION && r != ClauseRoles.Role.RETRACTED) continue;
            int clause = c;
            boolean named = found.stream().anyMatch(m -> m.clause() == clause || m.clause() == clause + 1 && r == ClauseRoles.Role.CORRECTION);
            boolean between = r == ClauseRoles.Role.RETRACTED && a.clause(clause).size() <= 2
                    && found.stream().anyMatch(m -> m.clause() == clause - 1) && found.stream().anyMatch(m -> m.clause() == clause + 1);
            if (named || between) before = r == ClauseRoles.Role.RETRACTED ? c + 1 : c;
        }
        return before;
    }

    /** The role of one device word at {@code offset} (normalized text) in {@code clause}. */
    private Role role(int offset, int length, int clause, boolean okMarker, int takenBack) {
        ClauseRoles.Role discourse = roles.role(clause);
        if (discourse == ClauseRoles.Role.RETRACTED || clause < takenBack || goneAfter(offset, length)) return Role.GONE;
        boolean symptomHere = symptomClauses.get(clause);
        if (!symptomHere && (okMarker || saysFine(clause) || carriesFine(clause))) return Role.FINE;
        String s = stretch(clause);
        if (first(s, lists.focus()) != null) return Role.FOCUS;
        if (!symptomHere && (discourse == ClauseRoles.Role.HISTORY || first(s, lists.backstory()) != null)) return Role.BACKSTORY;
        return symptomInSegment(clause) ? Role.SYMPTOM : Role.PLAIN;
    }

    /**
     * A gone marker (関係なかった, 売った…) close after the word, before the next device and the sentence's end; or an
     * instead marker (じゃなくて) there followed by another device (「Outlookじゃなくてthunderbird」, not 「ドコモメールの
     * アドレスじゃなくてicloudのほう」), unless it says "not only" (「Outlookだけじゃなくて」).
     */
    private boolean goneAfter(int offset, int length) {
        String text = sq.text();
        int start = sq.squeezed(offset + length);
        int end = sentenceEnd(start, Math.min(text.length(), start + lists.reach()));
        int nextDevice = Integer.MAX_VALUE;
        for (DeviceMention m : found) if (m.offset() > offset) nextDevice = Math.min(nextDevice, sq.squeezed(m.offset()));
        for (DeviceDetector.WeakMention w : weak) if (w.offset() > offset) nextDevice = Math.min(nextDevice, sq.squeezed(w.offset()));
        String window = text.substring(start, Math.max(start, Math.min(end, nextDevice)));
        if (first(window, lists.gone()) != null) return true;
        String instead = first(window, lists.instead());
        if (instead == null || first(window, lists.notOnly()) != null) return false;
        int after = start + window.indexOf(instead) + instead.length();
        return nextDevice < sentenceEnd(after, Math.min(text.length(), after + lists.reach()));
    }

    private int sentenceEnd(int from, int limit) {
        for (int i = from; i < limit; i++) if (SENTENCE_END.indexOf(sq.text().charAt(i)) >= 0) return i;
        return limit;
    }

    /** The clause says something works: a fine marker (問題ない), or a works marker (普通に, 読めて) in a clause with no negation. */
    private boolean saysFine(int clause) {
        String s = stretch(clause);
        if (first(s, lists.fine()) != null) return true;
        return first(s, lists.works()) != null && a.tokens().stream().noneMatch(t -> t.clause() == clause && t.isNegation());
    }

    /** 「iPadで開いたら普通に見れました」: a conditional clause whose next clause says it works, naming no device and no symptom. */
    private boolean carriesFine(int clause) {
        int next = clause + 1;
        if (next >= a.clauseCount() || symptomClauses.get(next) || found.stream().anyMatch(m -> m.clause() == next)) return false;
        String s = stretch(clause);
        int end = s.length();
        while (end > 0 && "、,。.!?".indexOf(s.charAt(end - 1)) >= 0) end--;   // its closing punctuation off
        String body = s.substring(0, end);
        for (String carry : lists.carry()) if (body.endsWith(carry)) return saysFine(next);
        return false;
    }

    private boolean symptomInSegment(int clause) {
        int segment = segmentOf(clause);
        for (int c = symptomClauses.nextSetBit(0); c >= 0; c = symptomClauses.nextSetBit(c + 1)) {
            if (segmentOf(c) == segment) return true;
        }
        return false;
    }

    private int segmentOf(int clause) {
        for (Token t : a.tokens()) if (t.clause() == clause) return t.segment();
        return -1 - clause;
    }

    /** A clause's squeezed text, from the end of the clause before to the start of the one after (particles included). */
    private String stretch(int c) {
        int n = a.clauseCount();
        if (c < 0 || c >= n) return "";
        int start = c == 0 || to[c - 1] <= 0 ? 0 : to[c - 1];
        int end = c + 1 < n && from[c + 1] >= 0 ? from[c + 1] : a.normalized().length();
        if (end < start) return "";
        return sq.text().substring(sq.squeezed(start), sq.squeezed(end));
    }

    /** The roles a device keeps after the last mention that takes it back, strongest first; gone (and focus) last. */
    private static final List<Role> AFTER_GONE = List.of(Role.SYMPTOM, Role.FINE, Role.PLAIN, Role.BACKSTORY);

    private static int rankAfterGone(Role r) {
        int i = AFTER_GONE.indexOf(r);
        return i < 0 ? AFTER_GONE.size() : i;
    }

    /**
     * Each device's role: focus if any mention names it as the one in trouble; otherwise, from the mentions after the
     * last one that takes it back (none left: gone), the strongest of symptom, works, plain, backstory.
     */
    private static Map<DeviceId, Role> devices(List<DeviceMention> mentions) {
        Map<DeviceId, Role> out = new java.util.LinkedHashMap<>();
        for (DeviceMention m : mentions) {
            if (out.containsKey(m.device())) continue;
            // Plain loops: this runs for every device named, on every request that names one.
            boolean focus = false;
            int lastGone = -1;
            for (int i = 0; i < mentions.size(); i++) {
                DeviceMention x = mentions.get(i);
                if (x.device() != m.device()) continue;
                focus |= x.role() == Role.FOCUS;
                if (x.role() == Role.GONE) lastGone = i;
            }
            if (focus) {
                out.put(m.device(), Role.FOCUS);
                continue;
            }
            // The strongest of symptom, fine, plain, backstory after the last mention that takes it back.
            Role r = Role.GONE;
            for (int i = lastGone + 1; i < mentions.size(); i++) {
                DeviceMention x = mentions.get(i);
                if (x.device() == m.device() && rankAfterGone(x.role()) < rankAfterGone(r)) r = x.role();
            }
            out.put(m.device(), r);
        }
        return out;
    }

    private Optional<DeviceId> pick(List<DeviceMention> mentions, Map<DeviceId, Role> devices, int takenBack) {
        Role strongest = null;
        for (Role r : devices.values()) if (r.live() && (strongest == null || r.compareTo(strongest) < 0)) strongest = r;
        Optional<Role> best = Optional.ofNullable(strongest);
        if (best.isPresent()) {
            List<DeviceId> top = new ArrayList<>(devices.size());
            devices.forEach((d, r) -> { if (r == best.get()) top.add(d); });
            // An app named anywhere live runs on the phone or computer named with the symptom (「ドコモメールです。iPhoneで受信できない」),
            // but not over a device named as the one in trouble.
            if (best.get() != Role.FOCUS) {
                devices.forEach((d, r) -> { if (r.live() && APPS.contains(d) && !top.contains(d)) top.add(d); });
            }
            // 「ずっとiPhoneだったけど、Galaxyに機種変しました。Galaxyのメールアプリで…」: of devices named alike, the one
            // also named as bought or switched to is the one in use now.
            if (top.size() > 1) {
                List<DeviceId> bought = top.stream().filter(d -> !APPS.contains(d) && mentions.stream()
                        .anyMatch(m -> m.device() == d && m.role() == Role.BACKSTORY)).toList();
                List<DeviceId> kept = new ArrayList<>(bought);
                top.stream().filter(APPS::contains).forEach(kept::add);   // an app still runs on it (app-password path)
                if (!bought.isEmpty() && kept.size() < top.size()) {
                    notes.add("of the devices named alike, " + bought.get(0).id() + " was bought or switched to");
                    return Optional.of(preferApps(kept, devices, mentions));
                }
            }
            return Optional.of(preferApps(top, devices, mentions));
        }
        // 「自宅のパソコン(Windows 11)で」: of the live weak words in the strongest role, one that stands for a device wins.
        Optional<Role> bestWeak = Optional.empty();
        Optional<DeviceDetector.WeakMention> chosen = Optional.empty();
        for (DeviceDetector.WeakMention w : weak) {
            Role r = role(w.offset(), w.cue().length(), w.clause(), false, takenBack);
            if (!r.live()) continue;
            boolean better = bestWeak.isEmpty() || r.compareTo(bestWeak.get()) < 0
                    || r == bestWeak.get() && chosen.get().device().isEmpty() && w.device().isPresent();
            if (better) {
                bestWeak = Optional.of(r);
                chosen = Optional.of(w);
            }
        }
        if (chosen.isPresent()) {
            DeviceDetector.WeakMention w = chosen.get();
            notes.add("weak device word 「" + w.cue() + "」 (" + w.device().map(DeviceId::id).orElse("unknown") + "): "
                    + bestWeak.get().name().toLowerCase());
            return w.device();
        }
        if (devices.isEmpty() && mentions.isEmpty()) return Optional.empty();   // no device named: nothing below applies
        for (Role r : List.of(Role.BACKSTORY, Role.FINE)) {
            List<DeviceId> these = new ArrayList<>(devices.size());
            devices.forEach((d, role) -> { if (role == r) these.add(d); });
            if (!these.isEmpty()) return Optional.of(preferApps(these, devices, mentions));
        }
        // Taken back by a correction that names no other device (「さっきの話は間違いでした」): the only device named stays.
        for (DeviceMention m : mentions) {
            if (m.clause() < takenBack || roles.role(m.clause()) == ClauseRoles.Role.RETRACTED) return Optional.of(m.device());
        }
        return Optional.empty();
    }

    /**
     * ドコモメール, then Outlook, then another app (android when an Android device is named and not gone or fine), else
     * the first. Each Android mention counts: 「機種変でPixel 8にしました。前のXperiaでは普通に見れてたのに、Gmailアプリで」
     * runs the app on the Pixel though the Xperia, the device's strongest role, is said to work.
     */
    private static DeviceId preferApps(List<DeviceId> candidates, Map<DeviceId, Role> devices, List<DeviceMention> mentions) {
        for (DeviceId app : APPS) {
            if (!candidates.contains(app)) continue;
            if (app == DeviceId.OTHER_APP) {
                if (devices.getOrDefault(DeviceId.ANDROID, Role.GONE) == Role.GONE) return app;
                for (DeviceMention m : mentions) {
                    if (m.device() == DeviceId.ANDROID && m.role() != Role.GONE && m.role() != Role.FINE) return DeviceId.ANDROID;
                }
                return app;
            }
            return app;
        }
        return candidates.get(0);
    }

    /**
     * new-device is backstory about another device when every device named in its sentence (「iPhone 12から15 Proに
     * 機種変更しました。」) is said to work or taken back, or is neither the device in trouble nor one it runs on.
     */
    static List<FactMatch> withoutPurchaseElsewhere(List<FactMatch> facts, Choice choice, Analysis a, DeviceRoles lists,
                                                   List<String> notes) {
        List<FactMatch> out = new ArrayList<>(facts.size());
        for (FactMatch f : facts) {
            if (f.id().equals(NEW_DEVICE) && !f.negated() && purchaseElsewhere(choice, a, lists, f.clause())) {
                notes.add(NEW_DEVICE + " dropped: the device bought or switched to is not the one in trouble");
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean purchaseElsewhere(Choice choice, Analysis a, DeviceRoles lists, int clause) {
        int at = a.tokens().stream().filter(t -> t.clause() == clause).mapToInt(Token::start).findFirst().orElse(-1);
        if (at < 0) return false;
        String text = a.normalized();
        int start = at;
        while (start > 0 && SENTENCE_END.indexOf(text.charAt(start - 1)) < 0) start--;
        int end = at;
        while (end < text.length() && SENTENCE_END.indexOf(text.charAt(end)) < 0) end++;
        final int s = start;
        final int e = end;
        List<DeviceId> named = choice.mentions().stream().filter(m -> m.offset() >= s && m.offset() < e)
                .map(DeviceMention::device).distinct().toList();
        if (named.isEmpty()) return false;
        return named.stream().allMatch(d -> {
            Role r = choice.devices().getOrDefault(d, Role.PLAIN);
            if (r == Role.GONE || r == Role.FINE && !onlyFormerFine(choice, d, a.normalized(), lists)) return true;
            return choice.device().map(t -> t != d && !runsOn(t, d)).orElse(false);
        });
    }

    /**
     * Whether every mention saying device {@code d} works names the one replaced (「古いiPhoneではまだ普通に受信できています」):
     * then the device bought beside the purchase may still be the one in trouble.
     */
    private static boolean onlyFormerFine(Choice choice, DeviceId d, String text, DeviceRoles lists) {
        boolean any = false;
        for (DeviceMention m : choice.mentions()) {
            if (m.device() != d || m.role() != Role.FINE) continue;
            if (!lists.formerBefore(text, m.offset())) return false;
            any = true;
        }
        return any;
    }

    /** An app may run on a phone or computer named beside it. */
    private static boolean runsOn(DeviceId app, DeviceId host) {
        return APPS.contains(app) && (host == DeviceId.IPHONE || host == DeviceId.MAC || host == DeviceId.ANDROID);
    }
}
