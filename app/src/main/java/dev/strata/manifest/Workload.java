package dev.strata.manifest;

import java.util.Objects;

import dev.strata.source.SourcePosition;

/**
 * An object that runs pods.
 *
 * @param kind the Kubernetes kind, e.g. {@code Deployment}
 * @param name metadata.name
 * @param replicas desired pod count (Kubernetes defaults a Deployment to 1)
 * @param pod the pod template's spec
 * @param position where the object starts in the file
 */
public record Workload(
        String kind, String name, int replicas, PodSpec pod, SourcePosition position) {
    public Workload {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pod, "pod");
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas must not be negative: " + replicas);
        }
    }
}
