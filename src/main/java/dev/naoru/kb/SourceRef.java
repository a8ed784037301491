package dev.naoru.kb;

/** Where a piece of knowledge was written: file, line and column (1-based; 0 when unknown). */
public record SourceRef(String file, int line, int column) {
    public static SourceRef of(String file) {
        return new SourceRef(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
