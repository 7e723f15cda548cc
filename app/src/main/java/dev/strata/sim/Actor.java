package dev.strata.sim;

import java.util.Objects;

/**
 * Who performs a file operation.
 *
 * @param workload workload name
 * @param replica 1-based replica index within the workload
 * @param container container name
 * @param node 1-based node index the pod runs (or waits) on
 */
public record Actor(String workload, int replica, String container, int node) {
    public Actor {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(container, "container");
    }
}
