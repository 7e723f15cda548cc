package dev.strata.sim;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.strata.sim.ClusterState.Phase;

/** A pod of a workload, placed on a node. */
final class Pod {
    private final String workload;
    private final int replica;
    private final String name;
    private final int node;
    private final List<Container> containers;
    private final Map<String, VolumeInstance> podVolumes;
    private Phase phase = Phase.PENDING;
    private String reason = "ContainerCreating";

    Pod(String workload, int replica, String name, int node, List<Container> containers,
            Map<String, VolumeInstance> podVolumes) {
        this.workload = workload;
        this.replica = replica;
        this.name = name;
        this.node = node;
        this.containers = List.copyOf(containers);
        this.podVolumes = Map.copyOf(podVolumes);
    }

    String workload() {
        return workload;
    }

    int replica() {
        return replica;
    }

    String name() {
        return name;
    }

    int node() {
        return node;
    }

    List<Container> containers() {
        return containers;
    }

    /** The volumes created for this pod alone (emptyDir), deleted with it. */
    Map<String, VolumeInstance> podVolumes() {
        return podVolumes;
    }

    Optional<Container> container(String name) {
        return containers.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    Phase phase() {
        return phase;
    }

    String reason() {
        return reason;
    }

    boolean running() {
        return phase == Phase.RUNNING;
    }

    void pending(String why) {
        phase = Phase.PENDING;
        reason = why;
    }

    void run() {
        phase = Phase.RUNNING;
        reason = "";
    }
}
