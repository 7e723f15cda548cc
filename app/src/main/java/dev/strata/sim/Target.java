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

    /**
     * The container's own writable layer in words; a pod of several containers has one per
     * container, so the container is named then.
     */
    String upperName() {
        return pod.containers().size() == 1 ? who() + "'s writable layer"
                : "the writable layer of container " + container.name() + " in " + who();
    }
}
