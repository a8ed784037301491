package dev.naoru.kb;

/** A cause the rules may derive, with a Japanese label for readable plans. */
public record Cause(String id, String label, String source, SourceRef where) {
}
