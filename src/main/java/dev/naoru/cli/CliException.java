package dev.naoru.cli;

/** A usage or input error the CLI reports as one line, with its exit code. */
final class CliException extends RuntimeException {
    private final int exitCode;

    CliException(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
