package dev.strata.manifest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.strata.source.SourcePosition;

/**
 * One container of a pod template.
 *
 * @param readOnlyRootFilesystem securityContext.readOnlyRootFilesystem: every write outside
 *     a volume fails with EROFS
 * @param role app, init or sidecar container
 * @param ephemeralStorageRequest {@code resources.requests.ephemeral-storage}; when only a
 *     limit is written, the limit, as Kubernetes defaults it
 *     (kubernetes.io/docs/concepts/configuration/manage-resources-containers)
 * @param ephemeralStorageLimit {@code resources.limits.ephemeral-storage}: the writable
 *     layer, logs and disk emptyDirs past it evict the pod
 */
public record ContainerSpec(
        String name,
        String image,
        List<MountSpec> mounts,
        boolean readOnlyRootFilesystem,
        SourcePosition position,
        ContainerRole role,
        Optional<Quantity> ephemeralStorageRequest,
        Optional<Quantity> ephemeralStorageLimit) {
    public ContainerSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        mounts = List.copyOf(mounts);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(ephemeralStorageRequest, "ephemeralStorageRequest");
        Objects.requireNonNull(ephemeralStorageLimit, "ephemeralStorageLimit");
    }

    /** An app container without ephemeral-storage requests or limits. */
    public ContainerSpec(
            String name, String image, List<MountSpec> mounts, boolean readOnlyRootFilesystem,
            SourcePosition position) {
        this(name, image, mounts, readOnlyRootFilesystem, position, ContainerRole.APP,
                Optional.empty(), Optional.empty());
    }
}
