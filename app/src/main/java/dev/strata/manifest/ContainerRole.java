package dev.strata.manifest;

/**
 * What a container of a pod is for (kubernetes.io/docs/concepts/workloads/pods/init-containers
 * and .../sidecar-containers).
 */
public enum ContainerRole {
    /** One of {@code containers}: runs for the life of the pod. */
    APP,
    /** One of {@code initContainers}: runs to completion, in order, before the app starts. */
    INIT,
    /**
     * One of {@code initContainers} with {@code restartPolicy: Always}: starts in order with
     * the init containers and keeps running beside the app containers.
     */
    SIDECAR;

    /** Whether it is declared under {@code initContainers}. */
    public boolean init() {
        return this != APP;
    }
}
