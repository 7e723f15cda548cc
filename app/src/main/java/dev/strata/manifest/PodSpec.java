package dev.strata.manifest;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The part of a pod template that decides where files go.
 *
 * @param containers the app containers, in order
 * @param volumes the pod's volumes, a StatefulSet's claim templates included
 * @param initContainers init and sidecar containers, in the order they start
 *     (kubernetes.io/docs/concepts/workloads/pods/init-containers)
 */
public record PodSpec(
        List<ContainerSpec> containers, List<VolumeSpec> volumes,
        List<ContainerSpec> initContainers) {
    public PodSpec {
        containers = List.copyOf(containers);
        volumes = List.copyOf(volumes);
        initContainers = List.copyOf(initContainers);
    }

    /** A pod without init containers. */
    public PodSpec(List<ContainerSpec> containers, List<VolumeSpec> volumes) {
        this(containers, volumes, List.of());
    }

    /** The volume of that name, if the pod declares it. */
    public Optional<VolumeSpec> volume(String name) {
        return volumes.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** Init and sidecar containers first, in start order, then the app containers. */
    public List<ContainerSpec> allContainers() {
        return Stream.concat(initContainers.stream(), containers.stream()).toList();
    }
}
