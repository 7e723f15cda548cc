package dev.strata.sim;

import java.util.Optional;

/**
 * The cluster after a step, with the outcome that led to it.
 *
 * @param index 0 before the first step, then the step number
 * @param outcome empty for frame 0
 */
public record Frame(int index, Optional<Outcome> outcome, ClusterState state) {
}
