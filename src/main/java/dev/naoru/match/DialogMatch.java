package dev.naoru.match;

import dev.naoru.kb.Dialog;

/**
 * A catalogued error dialog found in the text.
 *
 * @param dialog    the kb/dialogs.yaml entry
 * @param textIndex which of its texts matched
 * @param start     start offset in the normalized text
 * @param end       end offset (exclusive) in the normalized text
 */
public record DialogMatch(Dialog dialog, int textIndex, int start, int end) {
    /** The catalogue text that matched, as written in kb/dialogs.yaml. */
    public String text() {
        return dialog.texts().get(textIndex);
    }
}
