package dev.naoru.kb;

/** One way a user says a fact, as written in the KB. */
public record Phrasing(String text, SourceRef where) {
}
