package dev.strata.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

import dev.strata.dockerfile.ImagePlan;
import dev.strata.manifest.Manifest;
import dev.strata.sim.Simulation;

/**
 * Prints the heap a simulated replica retains: the tour's Deployment started with one
 * replica and with N (1,000 by default), the difference divided by N - 1. Each replica
 * has its pod, its container, its writable layer and an emptyDir, and mounts the claim.
 */
public final class ReplicaMemory {
    private ReplicaMemory() {
    }

    public static void main(String[] args) {
        int replicas = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        ImagePlan plan = Scenes.samplePlan();
        Manifest one = Scenes.tour(1);
        Manifest many = Scenes.tour(replicas);
        Simulation.start(plan, many, 2);

        long before = usedAfterGc();
        Simulation small = Simulation.start(plan, one, 2);
        long withOne = usedAfterGc();
        Simulation large = Simulation.start(plan, many, 2);
        long withMany = usedAfterGc();

        long perReplica = (withMany - withOne - (withOne - before)) / (replicas - 1);
        System.out.printf("%nReplica memory: %d replicas on 2 nodes retain %,d bytes;"
                + " %,d bytes per replica%n", replicas, withMany - withOne, perReplica);
        Reference.reachabilityFence(small);
        Reference.reachabilityFence(large);
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
