package dev.naoru.kb;

import java.util.List;

/** Variants that the analyzer rewrites to one canonical term (index and query alike). */
public record Synonym(String canonical, List<String> variants, SourceRef where) {
    public Synonym {
        variants = List.copyOf(variants);
    }
}
