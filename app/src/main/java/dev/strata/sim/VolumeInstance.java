package dev.strata.sim;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import dev.strata.manifest.AccessMode;

/**
 * One volume's storage with its true scope: per pod (emptyDir), per node (hostPath) or per
 * claim (PVC). The files live here, not in the pods that mount it.
 */
final class VolumeInstance {
    private final String id;
    private final String name;
    private final Lands kind;
    private final boolean readOnly;
    private final Optional<AccessMode> accessMode;
    private final FsTree files = new FsTree();
    private final Set<Integer> attachedNodes = new LinkedHashSet<>();
    private final String detail;
    private OptionalLong capacity = OptionalLong.empty();
    private OptionalLong evictAbove = OptionalLong.empty();
    private boolean inMemory;

    VolumeInstance(String id, String name, Lands kind, String detail, boolean readOnly,
            Optional<AccessMode> accessMode) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.detail = detail;
        this.readOnly = readOnly;
        this.accessMode = accessMode;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    Lands kind() {
        return kind;
    }

    String detail() {
        return detail;
    }

    /** True when no mount can write to it (configMap, secret, ReadOnlyMany...). */
    boolean readOnly() {
        return readOnly;
    }

    Optional<AccessMode> accessMode() {
        return accessMode;
    }

    FsTree files() {
        return files;
    }

    Set<Integer> attachedNodes() {
        return attachedNodes;
    }

    /** Writes past this many bytes fail with ENOSPC (a full filesystem). */
    OptionalLong capacity() {
        return capacity;
    }

    VolumeInstance withCapacity(OptionalLong bytes) {
        capacity = bytes;
        return this;
    }

    /** Past this many bytes the kubelet evicts the pod (an emptyDir's sizeLimit on disk). */
    OptionalLong evictAbove() {
        return evictAbove;
    }

    VolumeInstance withEvictionAbove(OptionalLong bytes) {
        evictAbove = bytes;
        return this;
    }

    /** True for a tmpfs (emptyDir medium Memory): charged to memory, not to local storage. */
    boolean inMemory() {
        return inMemory;
    }

    VolumeInstance inMemory(boolean memory) {
        inMemory = memory;
        return this;
    }

    /** A short human name, e.g. {@code the emptyDir "logs"}. */
    String describe() {
        return switch (kind) {
            case PVC -> "the claim \"" + name + "\" ("
                    + accessMode.map(AccessMode::manifestName).orElse("?") + ")";
            case EMPTY_DIR -> "the emptyDir \"" + name + "\"";
            default -> "the " + kind.jsonName() + " volume \"" + name + "\"";
        };
    }
}
