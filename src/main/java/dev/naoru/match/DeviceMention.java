package dev.naoru.match;

import dev.naoru.kb.DeviceId;

/**
 * A device cue found in the text.
 *
 * @param worksThere the clause says it works there (「iPadは大丈夫」), so it is not the device in trouble
 */
public record DeviceMention(DeviceId device, String cue, int offset, int clause, boolean worksThere) {
}
