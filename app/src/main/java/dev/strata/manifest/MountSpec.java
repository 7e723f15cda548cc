package dev.strata.manifest;

import java.util.Objects;

import dev.strata.source.SourcePosition;

/**
 * A volumeMount of a container.
 *
 * @param volume the name of the pod volume it mounts
 * @param mountPath absolute path inside the container
 * @param subPath folder of the volume to mount instead of its root; empty for the root
 * @param readOnly readOnly: true on this mount only
 */
public record MountSpec(
        String volume, String mountPath, String subPath, boolean readOnly, SourcePosition position) {
    public MountSpec {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(mountPath, "mountPath");
        Objects.requireNonNull(subPath, "subPath");
    }
}
