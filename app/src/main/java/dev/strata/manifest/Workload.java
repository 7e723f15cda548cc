package dev.strata.manifest;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import dev.strata.source.SourcePosition;

/**
 * An object that runs pods.
 *
 * @param kind the Kubernetes kind, e.g. {@code Deployment}
 * @param name metadata.name
 * @param replicas desired pod count, as Kubernetes defaults it: 1 when a Deployment,
 *     StatefulSet, ReplicaSet or ReplicationController leaves it out; always 1 for a Pod;
 *     a Job's or CronJob's {@code parallelism} (default 1); always 0 for a DaemonSet, whose
 *     pod count is the node count (see {@link #onePerNode()})
 * @param pod the pod template's spec
 * @param position where the object starts in the file
 * @param strategy a Deployment's rollout strategy, defaulted as apps/v1 does; empty for
 *     other kinds
 * @param claimRetention a StatefulSet's persistentVolumeClaimRetentionPolicy, Retain and
 *     Retain by default; empty for other kinds
 * @param completions a Job's or CronJob's {@code completions}; empty when left out (a work
 *     queue) and for other kinds
 */
public record Workload(
        String kind, String name, int replicas, PodSpec pod, SourcePosition position,
        Optional<DeploymentStrategy> strategy, Optional<ClaimRetentionPolicy> claimRetention,
        OptionalInt completions) {
    public Workload {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pod, "pod");
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas must not be negative: " + replicas);
        }
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(claimRetention, "claimRetention");
        Objects.requireNonNull(completions, "completions");
    }

    /** A workload with no strategy, retention policy or completions. */
    public Workload(String kind, String name, int replicas, PodSpec pod, SourcePosition position) {
        this(kind, name, replicas, pod, position, Optional.empty(), Optional.empty(),
                OptionalInt.empty());
    }

    /**
     * Whether the workload runs one pod on every node (a DaemonSet) instead of a fixed
     * number; its {@code replicas} is then 0 and the simulator places the pods.
     */
    public boolean onePerNode() {
        return kind.equals("DaemonSet");
    }
}
