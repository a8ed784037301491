package dev.naoru.rules;

import dev.naoru.kb.SourceRef;

/** A rule of the KieBase: its name, whether it came from YAML or DRL, and where it is written. */
public record RuleInfo(String name, String kind, SourceRef where) {
}
