package dev.strata.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.strata.manifest.Workload;
import dev.strata.source.InputException;

/** Restarts, pod replacements, scaling and rollouts. */
final class Lifecycle {
    private final Simulation sim;

    Lifecycle(Simulation sim) {
        this.sim = sim;
    }

    /**
     * A restart starts a new container from the image with a new, empty writable layer; the
     * pod and its volumes stay (kubernetes.io volumes: emptyDir is safe across container
     * crashes).
     */
    Outcome restart(Step step, Target target) {
        if (!target.pod().running()) {
            return new FileOps(sim).blocked(step, target);
        }
        Container container = target.container();
        boolean hadFiles = !container.upper().isEmpty();
        container.restart();
        String lost = hadFiles ? "Everything in its old writable layer is gone" : "Its old"
                + " writable layer was empty";
        return new Outcome.Lifecycle(step, Optional.of(target.actor()), "Container "
                + container.name() + " of " + target.who() + " restarted as a new container"
                + " with a new, empty writable layer. " + lost + "; its volumes keep their"
                + " data.", Sources.EMPTY_DIR);
    }

    /**
     * The controller replaces a deleted pod at the same index, on the same node; a bare Pod
     * has no controller, so it is simply gone.
     */
    Outcome replace(Step step, Target target) {
        Pod old = target.pod();
        Workload workload = sim.workload(step);
        sim.removePod(old);
        if (workload.kind().equals("Pod")) {
            sim.reconcileClaims();
            return new Outcome.Lifecycle(step, Optional.of(target.actor()), "Pod " + old.name()
                    + " was deleted. A bare Pod has no controller to replace it, so it is gone"
                    + " with its writable layers and emptyDirs; claims keep their data.",
                    Sources.POD_LIFECYCLE);
        }
        Pod fresh = sim.addPod(workload, old.replica());
        sim.reconcileClaims();
        String gone = old.podVolumes().isEmpty() ? "its writable layers are gone"
                : "its writable layers and " + names(old) + " are gone";
        Actor actor = new Actor(fresh.workload(), fresh.replica(),
                fresh.containers().get(0).name(), fresh.node());
        return new Outcome.Lifecycle(step, Optional.of(actor), "Pod " + old.name() + " ("
                + target.who() + ") was deleted and " + workload.kind() + " " + workload.name()
                + " replaced it with " + fresh.name() + ": " + gone + "; claims keep their"
                + " data." + pendingNote(fresh), Sources.EMPTY_DIR);
    }

    /** The kubelet evicts the pod; its controller replaces it as after a deletion. */
    Outcome evict(Step step, Target target, Place place, String reason) {
        Pod old = target.pod();
        Workload workload = sim.workload(step);
        sim.removePod(old);
        String after = "a bare Pod is not replaced";
        if (!workload.kind().equals("Pod")) {
            Pod fresh = sim.addPod(workload, old.replica());
            after = workload.kind() + " " + workload.name() + " replaced it with " + fresh.name()
                    + ", which starts empty";
        }
        sim.reconcileClaims();
        return new Outcome.Evicted(step, target.actor(), place, reason, "The write landed, then"
                + " the kubelet evicted pod " + old.name() + " (" + target.who() + "): "
                + reason + ". Its writable layers and emptyDirs are gone with it; " + after
                + ".", Sources.EPHEMERAL_STORAGE);
    }

    /** Scaling adds or removes the highest replica indexes. */
    Outcome scale(Step step, Workload workload) {
        if (workload.onePerNode() || workload.kind().equals("Pod")) {
            throw new InputException(step.position(), workload.kind() + " " + workload.name()
                    + " cannot be scaled: " + (workload.onePerNode()
                    ? "a DaemonSet runs one pod on each node" : "a bare Pod has no replicas"));
        }
        var pods = sim.pods(workload);
        int before = pods.size();
        List<String> removed = new ArrayList<>();
        while (pods.size() > step.count()) {
            Pod last = pods.lastEntry().getValue();
            removed.add(last.name());
            sim.removePod(last);
        }
        for (int replica = before + 1; replica <= step.count(); replica++) {
            sim.addPod(workload, replica);
        }
        sim.reconcileClaims();
        String change;
        if (step.count() == before) {
            change = "nothing changed";
        } else if (step.count() > before) {
            change = step.count() == before + 1 ? "added replica " + step.count()
                    : "added replicas " + (before + 1) + " to " + step.count();
        } else {
            change = "removed " + String.join(", ", removed) + " with their writable layers"
                    + " and emptyDirs; claims stay";
        }
        return new Outcome.Lifecycle(step, Optional.empty(), "Scaled " + workload.name()
                + " from " + before + " to " + step.count()
                + (step.count() == 1 ? " replica: " : " replicas: ") + change + ".",
                Sources.DEPLOYMENT);
    }

    /**
     * Replaces every pod in index order. TODO(#5): follow the strategy (RollingUpdate with
     * maxSurge brings the new pod up before the old one goes; Recreate does the opposite).
     */
    Outcome rollout(Step step, Workload workload) {
        List<Pod> old = List.copyOf(sim.pods(workload).values());
        for (Pod pod : old) {
            sim.removePod(pod);
            sim.addPod(workload, pod.replica());
        }
        sim.reconcileClaims();
        return new Outcome.Lifecycle(step, Optional.empty(), "Rolled out " + workload.name()
                + ": every pod was replaced by a new one with empty writable layers and new"
                + " emptyDirs; claims keep their data.", Sources.DEPLOYMENT);
    }

    private static String names(Pod pod) {
        return pod.podVolumes().values().stream().map(VolumeInstance::describe)
                .collect(Collectors.joining(", "));
    }

    private static String pendingNote(Pod pod) {
        return pod.running() ? "" : " The new pod is Pending: " + pod.reason() + ".";
    }
}
