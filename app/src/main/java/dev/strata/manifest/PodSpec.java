package dev.strata.manifest;

import java.util.List;
import java.util.Optional;

/** The part of a pod template that decides where files go. */
public record PodSpec(List<ContainerSpec> containers, List<VolumeSpec> volumes) {
    public PodSpec {
        containers = List.copyOf(containers);
        volumes = List.copyOf(volumes);
    }

    /** The volume of that name, if the pod declares it. */
    public Optional<VolumeSpec> volume(String name) {
        return volumes.stream().filter(v -> v.name().equals(name)).findFirst();
    }
}
