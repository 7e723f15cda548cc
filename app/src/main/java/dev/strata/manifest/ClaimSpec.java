package dev.strata.manifest;

import java.util.List;
import java.util.Objects;

import dev.strata.source.SourcePosition;

/**
 * A PersistentVolumeClaim.
 *
 * @param storage the requested size as written (e.g. {@code 1Gi}), or empty
 */
public record ClaimSpec(
        String name, List<AccessMode> accessModes, String storage, SourcePosition position) {
    public ClaimSpec {
        Objects.requireNonNull(name, "name");
        accessModes = List.copyOf(accessModes);
        Objects.requireNonNull(storage, "storage");
    }
}
