package dev.naoru.kb;

import java.util.List;
import java.util.Optional;

/**
 * One error dialog of a mail app or OS, as users paste it (kb/dialogs.yaml): its verbatim texts
 * with variables such as {account} or {host}, and the facts it states.
 *
 * @param id       stable id, e.g. {@code outlook-0x800ccc0e}
 * @param app      the app that shows it (for maintainers and explain)
 * @param lang     {@code ja} or {@code en}
 * @param device   the device the dialog belongs to, when only one app shows it (Outlook, Thunderbird…)
 * @param texts    the verbatim forms (title, message, older and newer wordings); any one matches
 * @param symptoms symptom ids the dialog states
 * @param contexts context ids the dialog states
 * @param source   where the text is known from
 * @param where    the entry in kb/dialogs.yaml
 * @param textsAt  where each text is written (explain shows it)
 */
public record Dialog(String id, String app, String lang, Optional<DeviceId> device, List<String> texts,
                     List<String> symptoms, List<String> contexts, String source, SourceRef where, List<SourceRef> textsAt) {
    public Dialog {
        texts = List.copyOf(texts);
        symptoms = List.copyOf(symptoms);
        contexts = List.copyOf(contexts);
        textsAt = List.copyOf(textsAt);
    }
}
