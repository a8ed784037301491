package dev.naoru.kb;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the knowledge base or the rules cannot be loaded; carries every problem found. */
public final class KbException extends RuntimeException {
    private final transient List<Problem> problems;

    public KbException(List<Problem> problems) {
        super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
