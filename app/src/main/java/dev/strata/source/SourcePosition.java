package dev.strata.source;

import java.util.Objects;

/**
 * Where a value came from in a user's file: 1-based line and column.
 *
 * <p>Every parsed value keeps one, so that a message can send the user to the exact place.
 */
public record SourcePosition(String file, int line, int column) {
    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException(
                    "line and column are 1-based, got " + line + ":" + column);
        }
    }

    /** A position at the start of a file, for errors that concern the file as a whole. */
    public static SourcePosition startOf(String file) {
        return new SourcePosition(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
