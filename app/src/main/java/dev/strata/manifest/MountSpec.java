package dev.strata.manifest;

import java.util.Objects;

import dev.strata.source.SourcePosition;

/**
 * A volumeMount of a container (kubernetes.io/docs/concepts/storage/volumes).
 *
 * @param volume the name of the pod volume it mounts
 * @param mountPath absolute path inside the container
 * @param subPath folder of the volume to mount instead of its root; empty for the root
 * @param readOnly readOnly: true on this mount only
 * @param subPathExpr like subPath, with {@code $(VAR)} expanded from the container's
 *     environment when the container starts; empty if not set
 * @param recursiveReadOnly {@code Disabled}, {@code IfPossible}, {@code Enabled}, or empty
 *     (Disabled): whether submounts are read-only too
 * @param mountPropagation {@code None}, {@code HostToContainer}, {@code Bidirectional}, or
 *     empty (None)
 */
public record MountSpec(
        String volume, String mountPath, String subPath, boolean readOnly,
        SourcePosition position, String subPathExpr, String recursiveReadOnly,
        String mountPropagation) {
    public MountSpec {
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(mountPath, "mountPath");
        Objects.requireNonNull(subPath, "subPath");
        Objects.requireNonNull(subPathExpr, "subPathExpr");
        Objects.requireNonNull(recursiveReadOnly, "recursiveReadOnly");
        Objects.requireNonNull(mountPropagation, "mountPropagation");
    }

    /** A mount without subPathExpr, recursiveReadOnly or mountPropagation. */
    public MountSpec(
            String volume, String mountPath, String subPath, boolean readOnly,
            SourcePosition position) {
        this(volume, mountPath, subPath, readOnly, position, "", "", "");
    }
}
