package dev.strata.source;

import java.util.Objects;

/**
 * Something in a user's input that reads but is probably not meant, such as a field
 * Kubernetes does not know or an image that was built from another Dockerfile. Unlike an
 * {@link InputException} it stops nothing: the command line prints it and goes on, the window
 * marks it in place.
 *
 * @param position where it is; the start of the file when it concerns the file as a whole
 * @param message what is odd, without the position
 */
public record InputWarning(SourcePosition position, String message) {
    public InputWarning {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    /** The line a terminal shows: {@code file:line:column: warning: message}. */
    @Override
    public String toString() {
        return position + ": warning: " + message;
    }
}
