package dev.naoru.match;

import dev.naoru.kb.DeviceId;

/**
 * A device cue found in the text.
 *
 * @param offset     where the cue starts in the normalized text
 * @param worksThere the text says it works there (「iPadは大丈夫」), so it is not the device in trouble
 * @param role       what the text says about this device here (see {@link Role}); {@link Role#PLAIN} until
 *                   {@link TroubleDevice} has read the clause
 */
public record DeviceMention(DeviceId device, String cue, int offset, int clause, boolean worksThere, Role role) {
    /** What a mention says of its device, from most to least likely the device in trouble. */
    public enum Role {
        /** named as the one in trouble: 「困ってるのは自宅のiMac」「問題なのはMacBookの方」 */
        FOCUS,
        /** in the same stretch as a symptom: 「iPhoneだけメールが取得できない」 */
        SYMPTOM,
        /** named, nothing more said */
        PLAIN,
        /** bought, switched to or used before: 「iPhone 12から15 Proに機種変更」「昔はOutlookを使っていました」 */
        BACKSTORY,
        /** said to work: 「iPhoneは普通に届いてます」 */
        FINE,
        /** taken back or not meant: 「ドコモは関係なかった」「Outlookじゃなくて」「iPhoneは下取りに出した」 */
        GONE;

        /** A device spoken of as in use now: focus, symptom or plain. */
        public boolean live() {
            return compareTo(PLAIN) <= 0;
        }
    }

    public DeviceMention(DeviceId device, String cue, int offset, int clause, boolean worksThere) {
        this(device, cue, offset, clause, worksThere, worksThere ? Role.FINE : Role.PLAIN);
    }

    DeviceMention as(Role r) {
        return new DeviceMention(device, cue, offset, clause, r == Role.FINE, r);
    }
}
