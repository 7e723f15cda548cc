package dev.strata.sim;

import java.util.List;
import java.util.Objects;

/**
 * What a trainer plays: a title, the cluster size and the steps.
 *
 * @param nodes number of nodes; replicas are spread round-robin over them
 */
public record Scenario(String title, int nodes, List<Step> steps) {
    public static final int DEFAULT_NODES = 2;

    public Scenario {
        Objects.requireNonNull(title, "title");
        if (nodes < 1) {
            throw new IllegalArgumentException("a cluster needs at least one node, got " + nodes);
        }
        steps = List.copyOf(steps);
    }
}
