package dev.strata.manifest;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

import dev.strata.source.SourcePosition;

/**
 * A PersistentVolumeClaim, or a claim template
 * (kubernetes.io/docs/concepts/storage/persistent-volumes/#persistentvolumeclaims).
 *
 * @param storage the requested size as written (e.g. {@code 1Gi}), or empty
 * @param storageBytes the requested size in bytes, as {@link Quantity} reads it
 */
public record ClaimSpec(
        String name, List<AccessMode> accessModes, String storage, SourcePosition position,
        OptionalLong storageBytes) {
    public ClaimSpec {
        Objects.requireNonNull(name, "name");
        accessModes = List.copyOf(accessModes);
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(storageBytes, "storageBytes");
    }

    /** A claim whose byte count is read from {@code storage}, if it is a quantity. */
    public ClaimSpec(
            String name, List<AccessMode> accessModes, String storage, SourcePosition position) {
        this(name, accessModes, storage, position, Quantity.bytesOf(storage));
    }
}
