package dev.strata.source;

import java.util.Objects;

/**
 * A user's input is wrong. The message reads {@code file:line:column: what is wrong}.
 *
 * <p>This is the only exception that parsers let escape for bad input; the command line
 * turns it into exit code 1, the window shows it in place and keeps its last good state.
 * A subclass may carry what the window needs to offer a way out, such as the images of an
 * archive to choose from.
 */
public class InputException extends RuntimeException {
    private final SourcePosition position;
    private final String problem;

    public InputException(SourcePosition position, String problem) {
        this(position, problem, null);
    }

    public InputException(SourcePosition position, String problem, Throwable cause) {
        super(Objects.requireNonNull(position, "position") + ": " + problem, cause);
        this.position = position;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** Where the problem is. */
    public SourcePosition position() {
        return position;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
