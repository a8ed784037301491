package dev.naoru.match;

import dev.naoru.kb.Fact;
import dev.naoru.kb.Phrasing;

import java.util.List;

/** A phrasing that shared terms with the text but was rejected, and why: for {@code explain}. */
public record NearMiss(Fact fact, Phrasing phrasing, double score, List<String> missing, String reason) {
    public NearMiss {
        missing = List.copyOf(missing);
    }
}
