package dev.naoru.kb;

import java.util.List;

/** The error-dialog catalogue of kb/dialogs.yaml: dialogs and the host names that name a provider. */
public record DialogCatalog(List<Dialog> dialogs, List<HostCue> hosts) {
    public DialogCatalog {
        dialogs = List.copyOf(dialogs);
        hosts = List.copyOf(hosts);
    }

    /** No catalogue (a KB without kb/dialogs.yaml). */
    public static DialogCatalog empty() {
        return new DialogCatalog(List.of(), List.of());
    }
}
