package dev.naoru.kb;

import java.util.List;

/**
 * The error-dialog catalogue of kb/dialogs.yaml: dialogs, the host names that name a provider, and the
 * words saying a dialog is shown ({@code shown}: 出る, 表示…) or went away ({@code gone}: 消える, 直る…), so that
 * 「…は出ていません」「…は消えた」 take a dialog back.
 */
public record DialogCatalog(List<Dialog> dialogs, List<HostCue> hosts, List<String> shown, List<String> gone) {
    public DialogCatalog {
        dialogs = List.copyOf(dialogs);
        hosts = List.copyOf(hosts);
        shown = List.copyOf(shown);
        gone = List.copyOf(gone);
    }

    /** No catalogue (a KB without kb/dialogs.yaml). */
    public static DialogCatalog empty() {
        return new DialogCatalog(List.of(), List.of(), List.of(), List.of());
    }
}
