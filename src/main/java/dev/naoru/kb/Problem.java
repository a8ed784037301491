package dev.naoru.kb;

/**
 * One located, actionable problem in a maintainer's file: {@code kb/symptoms.yaml:42:7: message (hint)}.
 *
 * @param file   path as the maintainer knows it (relative to the project when possible)
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong
 * @param hint   how to fix it; empty when the message says it all
 */
public record Problem(String file, int line, int column, String message, String hint) {

    public Problem {
        hint = hint == null ? "" : hint;
    }

    public static Problem at(SourceRef ref, String message, String hint) {
        return new Problem(ref.file(), ref.line(), ref.column(), message, hint);
    }

    /** The {@code file:line:col: message (hint)} form used by validate, tests and logs. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        sb.append(": ").append(message);
        if (!hint.isEmpty()) sb.append(" (").append(hint).append(')');
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
