package dev.strata.dockerfile;

import java.util.Comparator;
import java.util.Objects;

import dev.strata.source.SourcePosition;

/**
 * Something BuildKit accepts but reports: one of its build checks, named as BuildKit names
 * it ({@code NoEmptyContinuation}, {@code StageNameCasing}, ...).
 *
 * @param position where the problem is
 * @param rule the name of the check, which {@code # check=skip=} accepts
 * @param message what is wrong, in one sentence
 */
public record Warning(SourcePosition position, String rule, String message) {
    static final Comparator<Warning> IN_FILE_ORDER = Comparator
            .comparingInt((Warning w) -> w.position().line())
            .thenComparingInt(w -> w.position().column());

    public Warning {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** The line a terminal or log shows: {@code file:line:column: warning: message (Rule)}. */
    @Override
    public String toString() {
        return position + ": warning: " + message + " (" + rule + ")";
    }
}
