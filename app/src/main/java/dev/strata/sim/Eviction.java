package dev.strata.sim;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * When the kubelet evicts a pod for its local ephemeral storage
 * (kubernetes.io manage-resources-containers, local ephemeral storage): a container whose
 * writable layer outgrows its ephemeral-storage limit, an emptyDir on disk past its
 * sizeLimit, or the pod's writable layers and disk emptyDirs together past the sum of its
 * containers' limits. Container logs count too; Strata does not model them.
 */
final class Eviction {
    private Eviction() {
    }

    static Optional<String> reason(Pod pod) {
        for (Container container : pod.containers()) {
            long used = container.upper().totalSize();
            OptionalLong limit = container.ephemeralLimit();
            if (limit.isPresent() && used > limit.getAsLong()) {
                return Optional.of("container " + container.name() + "'s writable layer holds "
                        + Sizes.text(used) + ", over its ephemeral-storage limit of "
                        + Sizes.text(limit.getAsLong()));
            }
        }
        for (VolumeInstance volume : pod.podVolumes().values()) {
            long used = volume.files().totalSize();
            OptionalLong limit = volume.evictAbove();
            if (limit.isPresent() && used > limit.getAsLong()) {
                return Optional.of(volume.describe() + " holds " + Sizes.text(used)
                        + ", over its sizeLimit of " + Sizes.text(limit.getAsLong()));
            }
        }
        return podTotal(pod);
    }

    private static Optional<String> podTotal(Pod pod) {
        List<Container> containers = pod.containers();
        if (containers.stream().anyMatch(c -> c.ephemeralLimit().isEmpty())) {
            return Optional.empty();
        }
        long limit = containers.stream().mapToLong(c -> c.ephemeralLimit().getAsLong()).sum();
        long used = containers.stream().mapToLong(c -> c.upper().totalSize()).sum()
                + pod.podVolumes().values().stream()
                        .filter(v -> v.kind() == Lands.EMPTY_DIR && !v.inMemory())
                        .mapToLong(v -> v.files().totalSize()).sum();
        if (used <= limit) {
            return Optional.empty();
        }
        return Optional.of("its writable layers and disk emptyDirs hold " + Sizes.text(used)
                + ", over the pod's ephemeral-storage limit of " + Sizes.text(limit));
    }
}
