package dev.naoru.match;

import dev.naoru.kb.Device;
import dev.naoru.kb.DeviceId;
import dev.naoru.kb.DeviceRoles;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds device cues in the normalized text (spaces and quote marks ignored: 「Windowsの“メール”」), the weak
 * device words of kb/devices.yaml, and the variant named; {@link TroubleDevice} chooses among them.
 */
final class DeviceDetector {
    private final List<Device> devices;

    /** Cues normalized like the text they are looked for in (kb sits below text and cannot do it). */
    private final java.util.Map<Device, List<String>> cues = new java.util.IdentityHashMap<>();

    /** Latin cues of five letters or more (iphone, android, outlook) and their device: what a misspelled word is tried against. */
    private final java.util.Map<String, Device> latinCues = new java.util.HashMap<>();
    private final TypoCorrector misspelled;
    /** Each cue and the one device it names (a cue two devices share names none). */
    private final java.util.Map<String, dev.naoru.kb.DeviceId> cueDevice = new java.util.HashMap<>();

    DeviceDetector(List<Device> devices) {
        this.devices = List.copyOf(devices);
        // A cue two devices share names neither, as a cue and as a target of typo repair.
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (Device d : this.devices) {
            cues.put(d, d.cues().stream().map(c -> dev.naoru.text.TextNormalizer.normalize(c).replaceAll("\\s+", "")).distinct().toList());
            for (String c : cues.get(d)) {
                dev.naoru.kb.DeviceId before = cueDevice.putIfAbsent(c, d.id());
                if (before != null && before != d.id()) shared.add(c);
                if (TypoCorrector.latin(c) && TypoCorrector.eligible(c)) latinCues.putIfAbsent(c, d);
            }
        }
        cueDevice.keySet().removeAll(shared);
        latinCues.keySet().removeAll(shared);
        this.misspelled = new TypoCorrector(latinCues.keySet());
    }

    /** The device a word names when it is one of a device's cues as written (あいふぉん, iphone: iphone); empty for スマホ, pc. */
    Optional<dev.naoru.kb.DeviceId> named(String surface) {
        return Optional.ofNullable(cueDevice.get(surface));
    }

    private static final Comparator<DeviceMention> BY_OFFSET = Comparator.comparingInt(DeviceMention::offset);

    /** @param sq the squeezed form of {@code a.normalized()} (one per request, shared by every look-up here) */
    List<DeviceMention> mentions(Analysis a, Squeezed sq, Set<String> okMarkers) {
        List<DeviceMention> out = new ArrayList<>();
        for (int k = 0; k < devices.size(); k++) {
            Device d = devices.get(k);
            List<String> dc = cues.get(d);
            for (int j = 0; j < dc.size(); j++) {
                String cue = dc.get(j);
                for (int i = sq.indexOf(cue, 0); i >= 0; i = sq.indexOf(cue, i + cue.length())) {
                    if (!sq.startsWord(cue, i)) continue;
                    int clause = clauseAt(a, sq.original(i));
                    out.add(new DeviceMention(d.id(), cue, sq.original(i), clause, clauseSaysWorks(a, clause, okMarkers)));
                }
            }
        }
        misspelledMentions(a, out, okMarkers);
        if (out.size() < 2) return out;
        out.sort(BY_OFFSET);
        // A cue inside a longer cue of the same device is one mention (「iphon」 in 「iphone」, 「mac」 in 「macbook」).
        List<DeviceMention> kept = new ArrayList<>(out.size());
        for (DeviceMention m : out) {
            boolean inside = false;
            for (int j = 0; j < out.size() && !inside; j++) {
                DeviceMention o = out.get(j);
                inside = o != m && o.device() == m.device() && o.cue().length() > m.cue().length()
                        && o.offset() <= m.offset() && m.offset() < o.offset() + o.cue().length();
            }
            if (!inside) kept.add(m);
        }
        return kept;
    }

    /**
     * 「iphneのメールで」「andriodのgmailアプリ」「outlokで」: a Latin word one typo away from the Latin cues of one device, with
     * the same first letter (「phone」 is no 「iphone」), and named by no cue already, is a mention of that device.
     */
    private void misspelledMentions(Analysis a, List<DeviceMention> out, Set<String> okMarkers) {
        List<Token> ts = a.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            // Most words are Japanese: nothing to look up, and no lower-cased copy to make.
            char first = t.surface().isEmpty() ? 0 : t.surface().charAt(0);
            if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) continue;
            String word = t.surface().toLowerCase(java.util.Locale.ROOT);
            if (!TypoCorrector.latin(word) || !TypoCorrector.eligible(word) || latinCues.containsKey(word)) continue;
            boolean named = false;
            for (DeviceMention m : out) named |= m.offset() < t.end() && t.start() < m.offset() + m.cue().length();
            if (named) continue;
            // Near several cues of one device (iphne: iphone and iphon) is that device; of two devices, none.
            String cue = null;
            Device device = null;
            boolean clear = true;
            for (String c : misspelled.candidates(word)) {
                if (c.charAt(0) != word.charAt(0)) continue;
                Device d = latinCues.get(c);
                clear &= device == null || device == d;
                device = d;
                if (cue == null || c.length() > cue.length()) cue = c;
            }
            if (cue == null || !clear) continue;
            out.add(new DeviceMention(device.id(), cue, t.start(), t.clause(), clauseSaysWorks(a, t.clause(), okMarkers)));
        }
    }

    /** A word for a machine (スマホ, Windows) found in the text; {@code device} is what it stands for, if anything. */
    record WeakMention(Optional<DeviceId> device, String cue, int offset, int clause) {
    }

    /** The weak device words of kb/devices.yaml found in the text, in text order. */
    List<WeakMention> weak(Analysis a, Squeezed sq, List<DeviceRoles.Weak> weak) {
        List<WeakMention> out = new ArrayList<>();
        for (DeviceRoles.Weak w : weak) {
            for (String cue : w.cues()) {
                for (int i = sq.indexOf(cue, 0); i >= 0; i = sq.indexOf(cue, i + cue.length())) {
                    if (sq.startsWord(cue, i)) out.add(new WeakMention(w.device(), cue, sq.original(i), clauseAt(a, sq.original(i))));
                }
            }
        }
        out.sort(Comparator.comparingInt(WeakMention::offset));
        return out;
    }

    static int clauseAt(Analysis a, int offset) {
        int clause = 0;
        List<Token> ts = a.tokens();
        // Indexed, not for-each: the immutable lists' shared iterator makes every get() a megamorphic call.
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.end() > offset) return t.clause();
            clause = t.clause();
        }
        return clause;
    }

    /** Whether a clause says something works: an ok marker (大丈夫, 普通…) not followed by a negation in the clause. */
    static boolean clauseSaysWorks(Analysis a, int clause, Set<String> okMarkers) {
        List<Token> ts = a.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.clause() != clause || !okMarkers.contains(t.term())) continue;
            boolean negated = i + 1 < ts.size() && ts.get(i + 1).isNegation() && ts.get(i + 1).clause() == clause;
            if (!negated) return true;
        }
        return false;
    }

    /**
     * The variant of the chosen device the text names (「新しいOutlook」, 「iPhoneのOutlookアプリ」): the
     * first variant cue in a clause that does not say it works there. Empty when none is named.
     */
    Optional<String> variant(Analysis a, Squeezed sq, DeviceId device, Set<String> okMarkers) {
        Device d = null;
        for (Device x : devices) {
            if (x.id() == device) {
                d = x;
                break;
            }
        }
        if (d == null || d.variants().isEmpty()) return Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        String best = null;
        List<Device.Variant> variants = d.variants();
        for (int k = 0; k < variants.size(); k++) {
            Device.Variant v = variants.get(k);
            for (int j = 0; j < v.cues().size(); j++) {
                String cue = v.cues().get(j);
                for (int i = sq.indexOf(cue, 0); i >= 0; i = sq.indexOf(cue, i + cue.length())) {
                    if (!sq.startsWord(cue, i)) continue;
                    if (clauseSaysWorks(a, clauseAt(a, sq.original(i)), okMarkers)) continue;
                    if (i < bestAt) {
                        bestAt = i;
                        best = v.id();
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
