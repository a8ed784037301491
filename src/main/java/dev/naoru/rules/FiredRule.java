package dev.naoru.rules;

import java.util.List;

/** A rule that fired, in firing order, with the facts it matched: for {@code explain}. */
public record FiredRule(String name, List<String> matched) {
    public FiredRule {
        matched = List.copyOf(matched);
    }
}
