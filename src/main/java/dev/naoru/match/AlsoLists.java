package dev.naoru.match;

import dev.naoru.kb.DeviceId;
import dev.naoru.text.Token;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How a phrasing with も (「iPhoneもMacも」「wifiでもモバイルデータでも」「ログインしても見れない」) is read in a text: the も
 * goes with a word only close after it, and a list of two devices needs two devices.
 */
final class AlsoLists {
    /** The particle of "too" (kb/discourse.yaml also_particles map とも, でも… to it). */
    static final String ALSO = "も";
    /** The term every device word reads as (kb/synonyms.yaml): 「iPhoneもMacも」 is 端末 も 端末 も. */
    static final String DEVICE = "端末";
    /** How many words may stand between a word and its も: 「wifiからギガに替えても」 for a phrasing's 「wifiでも」. */
    private static final int GAP = 4;

    private final DeviceDetector devices;

    AlsoLists(DeviceDetector devices) {
        this.devices = devices;
    }

    /**
     * The も that goes with {@code word}: within {@link #GAP} words after it in the unit, no negation between (「icloud
     * サインインできない メールも見れない」: the も is メール's, not サインイン's); null when none.
     */
    static Token alsoAfter(Token word, List<Token> tokens, Predicate<Token> unit) {
        for (int i = word.position() + 1; i < tokens.size() && i <= word.position() + 1 + GAP; i++) {
            Token t = tokens.get(i);
            if (!unit.test(t) || t.isNegation()) return null;
            if (t.term().equals(ALSO)) return t;
        }
        return null;
    }

    /**
     * A phrasing of two devices (「iPhoneもMacも」) read from one device named twice, in two statements (「iPhoneでメールも
     * 見られない あいふぉんで…」): every device word it took names the same device, with a negation between them that
     * closed the first one's statement, and no other device named there. 「iPhone・iPad・Macのいずれでも」 (iPad is an
     * iphone device too) stays a list.
     */
    boolean sameDeviceTwice(CompiledPhrasing p, List<Token> matched, List<Token> tokens, Predicate<Token> unit) {
        if (p.terms().indexOf(DEVICE) == p.terms().lastIndexOf(DEVICE)) return false;
        Optional<DeviceId> first = Optional.empty();
        int from = -1;
        int to = -1;
        for (Token t : matched) {
            if (!t.term().equals(DEVICE)) continue;
            Optional<DeviceId> d = devices.named(t.surface());
            if (d.isEmpty() || first.isPresent() && first.get() != d.get()) return false;
            first = d;
            if (from < 0) from = t.position();
            to = t.position();
        }
        if (first.isEmpty()) return false;
        // Another device named in the same stretch (「…繋がらない iPhoneもMacも」): the list is there to be read.
        for (Token t : tokens) {
            if (unit.test(t) && t.term().equals(DEVICE) && !devices.named(t.surface()).equals(first)) return false;
        }
        for (int i = from + 1; i < to; i++) if (tokens.get(i).isNegation()) return true;
        return false;
    }
}
