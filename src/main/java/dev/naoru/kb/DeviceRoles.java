package dev.naoru.kb;

import java.util.List;
import java.util.Optional;

/**
 * Language lists that say which named device is the one in trouble, as written at the top level of
 * {@code kb/devices.yaml} (see its header). Markers are compared with a clause's normalized text
 * (lower case, NFKC, spaces and quote marks removed).
 *
 * @param focus     markers naming the device in trouble (困ってるのは, 問題が出てるのは, …のほうで)
 * @param fine      markers saying a device works, whatever else the clause says (問題ない, 大丈夫…)
 * @param works     markers saying a device works in a clause with no negation (普通に, 読めて…)
 * @param carry     endings of a conditional clause whose next clause tells how it went (「iPadで開いたら」)
 * @param gone      markers after a device saying it is not the one meant or no longer used (じゃなくて, 関係ない, 売った)
 * @param instead   markers after a device that put another device named next in its place (じゃなくて)
 * @param notOnly   markers that make an instead marker mean "not only" (だけじゃなくて)
 * @param backstory markers of a device bought, switched to or used in the past (機種変更, 乗り換え, 使っていました)
 * @param former    markers right before a device naming the one replaced (古い, 前の, 旧): 「古いiPhoneでは受信できる」 says the old
 *                  phone works, not the one bought
 * @param weak      words for a computer or phone that name no contract device of their own (スマホ, Windows)
 * @param reach     how many characters after a device a {@code gone} marker may stand
 */
public record DeviceRoles(List<String> focus, List<String> fine, List<String> works, List<String> carry, List<String> gone,
                          List<String> instead, List<String> notOnly, List<String> backstory, List<String> former, List<Weak> weak,
                          int reach) {
    public DeviceRoles {
        focus = MarkerList.of(focus);
        fine = MarkerList.of(fine);
        works = MarkerList.of(works);
        carry = List.copyOf(carry);
        instead = MarkerList.of(instead);
        notOnly = MarkerList.of(notOnly);
        gone = MarkerList.of(gone);
        backstory = MarkerList.of(backstory);
        former = List.copyOf(former);
        weak = List.copyOf(weak);
    }

    /**
     * Words for a machine rather than a mail app: used only when no contract device is named as the one in
     * trouble; {@code device} is what they stand for then (Windows → other-app), empty when unknown (スマホ).
     */
    public record Weak(Optional<DeviceId> device, List<String> cues, SourceRef where) {
        public Weak {
            cues = List.copyOf(cues);
        }
    }

    /** Whether a {@code former} marker stands right before {@code offset} of {@code text} (spaces between ignored): 「古いiPhone」. */
    public boolean formerBefore(String text, int offset) {
        String before = text.substring(Math.max(0, offset - 5), Math.max(0, Math.min(offset, text.length()))).replace(" ", "");
        for (String f : former) if (before.endsWith(f)) return true;
        return false;
    }

    /** No lists: every device named counts as it did before these lists (a KB without them). */
    public static DeviceRoles empty() {
        return new DeviceRoles(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0);
    }
}
