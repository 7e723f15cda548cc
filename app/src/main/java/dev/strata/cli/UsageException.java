package dev.strata.cli;

/** The command line was used wrongly (exit code 2), as opposed to bad file content (1). */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
