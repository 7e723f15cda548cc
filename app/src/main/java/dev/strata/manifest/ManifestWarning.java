package dev.strata.manifest;

import java.util.Objects;

import dev.strata.source.SourcePosition;

/**
 * Something in a manifest that kubectl would accept but the user may not mean, such as a
 * key written twice (the last value wins) or a field Kubernetes does not know.
 */
public record ManifestWarning(SourcePosition position, String message) {
    public ManifestWarning {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return position + ": " + message;
    }
}
