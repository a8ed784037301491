package dev.naoru.kb;

import java.util.List;
import java.util.Map;

/** A follow-up question; the client sends the chosen option back in {@code answers}. */
public record Question(String id, String text, List<String> options, Map<String, String> optionLabels, SourceRef where) {
    public Question {
        options = List.copyOf(options);
        optionLabels = Map.copyOf(optionLabels);
    }
}
