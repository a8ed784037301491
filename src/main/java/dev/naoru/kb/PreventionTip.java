package dev.naoru.kb;

import java.util.List;

/** A maintenance tip from the article, shown when one of its symptoms or contexts is present (or always when both lists are empty). */
public record PreventionTip(String id, String text, List<String> whenSymptomsAny, List<String> whenContextsAny,
                            String source, SourceRef where) {
    public PreventionTip {
        whenSymptomsAny = List.copyOf(whenSymptomsAny);
        whenContextsAny = List.copyOf(whenContextsAny);
    }
}
