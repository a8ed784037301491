package dev.naoru.match;

import dev.naoru.kb.Device;
import dev.naoru.kb.DeviceId;
import dev.naoru.text.Analysis;
import dev.naoru.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds device cues in the normalized text. docomo wins over every other device (ドコモメール is
 * usually read on an iPhone), then Outlook (「Mac版のOutlook」); otherwise the first device named in a
 * clause that does not say it works there (「iPadは普通に見れるのにiPhoneだけ」 → iPhone).
 */
final class DeviceDetector {
    private final List<Device> devices;

    /** Cues normalized like the text they are looked for in (kb sits below text and cannot do it). */
    private final java.util.Map<Device, List<String>> cues = new java.util.IdentityHashMap<>();

    DeviceDetector(List<Device> devices) {
        this.devices = List.copyOf(devices);
        for (Device d : this.devices) {
            cues.put(d, d.cues().stream().map(c -> dev.naoru.text.TextNormalizer.normalize(c).replaceAll("\\s+", "")).distinct().toList());
        }
    }

    List<DeviceMention> mentions(Analysis a, Set<String> okMarkers) {
        String text = a.normalized();
        List<DeviceMention> out = new ArrayList<>();
        for (Device d : devices) {
            for (String cue : cues.get(d)) {
                for (int i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + cue.length())) {
                    if (i > 0 && isLatin(cue.charAt(0)) && isLatin(text.charAt(i - 1))) continue;
                    int clause = clauseAt(a, i);
                    out.add(new DeviceMention(d.id(), cue, i, clause, clauseSaysWorks(a, clause, okMarkers)));
                }
            }
        }
        out.sort(Comparator.comparingInt(DeviceMention::offset));
        // A cue inside a longer cue of the same device is one mention (「iphon」 in 「iphone」, 「mac」 in 「macbook」).
        out.removeIf(m -> out.stream().anyMatch(o -> o != m && o.device() == m.device() && o.cue().length() > m.cue().length()
                && o.offset() <= m.offset() && m.offset() + m.cue().length() <= o.offset() + o.cue().length()));
        return out;
    }

    /** A cue starting with a Latin letter must start a word: 「icloudアカウント」 holds no 「dアカ」. */
    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static int clauseAt(Analysis a, int offset) {
        int clause = 0;
        for (Token t : a.tokens()) {
            if (t.end() > offset) return t.clause();
            clause = t.clause();
        }
        return clause;
    }

    private static boolean clauseSaysWorks(Analysis a, int clause, Set<String> okMarkers) {
        List<Token> ts = a.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.clause() != clause || !okMarkers.contains(t.term())) continue;
            boolean negated = i + 1 < ts.size() && ts.get(i + 1).isNegation() && ts.get(i + 1).clause() == clause;
            if (!negated) return true;
        }
        return false;
    }

    static Optional<DeviceId> choose(List<DeviceMention> mentions) {
        // ドコモメール and Outlook are mail apps: named, they are the client, whatever device runs them.
        if (mentions.stream().anyMatch(m -> m.device() == DeviceId.DOCOMO)) return Optional.of(DeviceId.DOCOMO);
        if (mentions.stream().anyMatch(m -> m.device() == DeviceId.OUTLOOK && !m.worksThere())) return Optional.of(DeviceId.OUTLOOK);
        // Another app (Thunderbird, Gmail…): on Android it is one of Android's mail apps (contract), on a Mac
        // or an iPhone it is not the built-in Mail.
        if (mentions.stream().anyMatch(m -> m.device() == DeviceId.OTHER_APP && !m.worksThere())) {
            boolean onAndroid = mentions.stream().anyMatch(m -> m.device() == DeviceId.ANDROID && !m.worksThere());
            return Optional.of(onAndroid ? DeviceId.ANDROID : DeviceId.OTHER_APP);
        }
        Optional<DeviceMention> inTrouble = mentions.stream().filter(m -> !m.worksThere()).findFirst();
        return inTrouble.or(() -> mentions.stream().findFirst()).map(DeviceMention::device);
    }

    /**
     * The variant of the chosen device the text names (「新しいOutlook」, 「iPhoneのOutlookアプリ」): the
     * first variant cue in a clause that does not say it works there. Empty when none is named.
     */
    Optional<String> variant(Analysis a, DeviceId device, Set<String> okMarkers) {
        String text = a.normalized();
        Optional<Device> d = devices.stream().filter(x -> x.id() == device).findFirst();
        if (d.isEmpty()) return Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        String best = null;
        for (Device.Variant v : d.get().variants()) {
            for (String cue : v.cues()) {
                for (int i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + cue.length())) {
                    if (i > 0 && isLatin(cue.charAt(0)) && isLatin(text.charAt(i - 1))) continue;
                    if (clauseSaysWorks(a, clauseAt(a, i), okMarkers)) continue;
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
