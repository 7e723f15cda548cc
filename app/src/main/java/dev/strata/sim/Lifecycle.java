package dev.strata.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.strata.manifest.DeploymentStrategy;
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
            return FileOps.blocked(step, target);
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
     * Replaces every pod as the workload's update strategy does
     * (kubernetes.io deployment, strategy; statefulset, rolling updates).
     */
    Outcome rollout(Step step, Workload workload) {
        if (workload.kind().equals("Pod")) {
            throw new InputException(step.position(), "a bare Pod has no rollout: it is"
                    + " deleted and created again by hand");
        }
        if (!workload.kind().equals("Deployment")) {
            return oneByOne(step, workload);
        }
        DeploymentStrategy strategy = workload.strategy().orElse(DeploymentStrategy.defaults());
        return strategy instanceof DeploymentStrategy.RollingUpdate rolling
                ? rolling(step, workload, rolling) : recreate(step, workload);
    }

    /** Recreate: every old pod goes first, then the new ones come up on their nodes. */
    private Outcome recreate(Step step, Workload workload) {
        List<Pod> old = List.copyOf(sim.pods(workload).values());
        old.forEach(sim::removePod);
        sim.reconcileClaims();
        old.forEach(pod -> sim.addPod(workload, pod.replica()));
        sim.reconcileClaims();
        return new Outcome.Lifecycle(step, Optional.empty(), "Rolled out " + workload.name()
                + " with Recreate: all " + old.size() + " old pods were deleted before any new"
                + " one started, so for a moment nothing served, and every claim could attach"
                + " again. The new pods start with empty writable layers and emptyDirs; claims"
                + " keep their data." + pendingNote(workload), Sources.DEPLOYMENT_STRATEGY);
    }

    /**
     * RollingUpdate: for each old pod, a new pod first comes up elsewhere (maxSurge), and the
     * old one goes once the new one runs, or earlier if maxUnavailable allows. A new pod
     * that cannot start (a ReadWriteOnce claim attached to another node) stalls it.
     */
    private Outcome rolling(Step step, Workload workload,
            DeploymentStrategy.RollingUpdate strategy) {
        List<Pod> old = List.copyOf(sim.pods(workload).values());
        int replicas = old.size();
        int surge = strategy.surge(replicas);
        int unavailable = strategy.unavailable(replicas);
        int done = 0;
        for (Pod pod : old) {
            Optional<String> stall = replaceRolling(workload, pod, replicas, done, surge,
                    unavailable);
            if (stall.isPresent()) {
                return new Outcome.Lifecycle(step, Optional.empty(), "The rollout of "
                        + workload.name() + " is stuck after " + done + " of " + replicas
                        + " pods: " + stall.get(), Sources.DEPLOYMENT_STRATEGY);
            }
            done++;
        }
        return new Outcome.Lifecycle(step, Optional.empty(), "Rolled out " + workload.name()
                + " with RollingUpdate (maxSurge " + surge + ", maxUnavailable " + unavailable
                + "): each new pod came up before its old pod went. The new pods start with"
                + " empty writable layers and emptyDirs; claims keep their data."
                + pendingNote(workload), Sources.DEPLOYMENT_STRATEGY);
    }

    /** One old pod's turn; the reason it cannot go on, if it cannot. */
    private Optional<String> replaceRolling(Workload workload, Pod old, int replicas,
            int done, int surge, int unavailable) {
        if (surge == 0) {
            sim.removePod(old);
            sim.reconcileClaims();
            sim.addPod(workload, old.replica());
            sim.reconcileClaims();
            return Optional.empty();
        }
        int node = sim.nodeFor(replicas + 1 + done);
        Pod fresh = sim.addPodOn(workload, replicas + 1, node);
        sim.reconcileClaims();
        if (!fresh.running() && unavailable == 0) {
            return Optional.of("new pod " + fresh.name() + " waits on "
                    + Simulation.nodeName(node) + " (" + fresh.reason() + "), and with"
                    + " maxUnavailable 0 old pod " + old.name() + " stays until it is ready,"
                    + " which it never is. Recreate, or a ReadWriteMany claim, avoids this");
        }
        sim.removePod(old);
        sim.reconcileClaims();
        if (!fresh.running()) {
            return Optional.of("old pod " + old.name() + " went (maxUnavailable " + unavailable
                    + "), but new pod " + fresh.name() + " still waits on "
                    + Simulation.nodeName(node) + ": " + fresh.reason());
        }
        sim.removePod(fresh);
        sim.addPodOn(workload, old.replica(), node);
        sim.reconcileClaims();
        return Optional.empty();
    }

    /** StatefulSets and DaemonSets replace one pod at a time, deleting it first. */
    private Outcome oneByOne(Step step, Workload workload) {
        List<Pod> old = new ArrayList<>(sim.pods(workload).values());
        Collections.reverse(old);
        for (Pod pod : old) {
            sim.removePod(pod);
            sim.reconcileClaims();
            sim.addPod(workload, pod.replica());
            sim.reconcileClaims();
        }
        String order = workload.kind().equals("StatefulSet")
                ? "one at a time from the highest ordinal, each deleted before it came back"
                + " under the same name with the same claim" : "one node at a time";
        return new Outcome.Lifecycle(step, Optional.empty(), "Rolled out " + workload.kind()
                + " " + workload.name() + " " + order + ". New pods start with empty writable"
                + " layers and emptyDirs; claims keep their data." + pendingNote(workload),
                Sources.DEPLOYMENT_STRATEGY);
    }

    private String pendingNote(Workload workload) {
        List<Pod> waiting = sim.pods(workload).values().stream().filter(p -> !p.running())
                .toList();
        return waiting.isEmpty() ? "" : " Still Pending: " + waiting.stream()
                .map(p -> p.name() + " (" + p.reason() + ")")
                .collect(Collectors.joining("; ")) + ".";
    }

    private static String names(Pod pod) {
        return pod.podVolumes().values().stream().map(VolumeInstance::describe)
                .collect(Collectors.joining(", "));
    }

    private static String pendingNote(Pod pod) {
        return pod.running() ? "" : " The new pod is Pending: " + pod.reason() + ".";
    }
}
