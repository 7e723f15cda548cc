package dev.strata.manifest;

import java.util.List;
import java.util.Objects;

import dev.strata.source.SourcePosition;

/**
 * One app container of a pod template.
 *
 * @param readOnlyRootFilesystem securityContext.readOnlyRootFilesystem: every write outside
 *     a volume fails with EROFS
 */
public record ContainerSpec(
        String name,
        String image,
        List<MountSpec> mounts,
        boolean readOnlyRootFilesystem,
        SourcePosition position) {
    public ContainerSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        mounts = List.copyOf(mounts);
    }
}
