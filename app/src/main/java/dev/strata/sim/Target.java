package dev.strata.sim;

/** The pod and container a step acts on. */
record Target(Pod pod, Container container) {
    Actor actor() {
        return new Actor(pod.workload(), pod.replica(), container.name(), pod.node());
    }

    /** E.g. {@code replica 2}. */
    String who() {
        return "replica " + pod.replica();
    }
}
