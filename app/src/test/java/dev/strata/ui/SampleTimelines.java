package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.strata.sim.Frame;
import dev.strata.sim.Outcome;
import dev.strata.sim.Scenario;
import dev.strata.sim.Step;
import dev.strata.sim.Timeline;

/** Timelines that mirror the bundled samples (assets/samples/*.strata), made by hand. */
final class SampleTimelines {
    private static final long KIB = 1024;

    private SampleTimelines() {
    }

    /** emptydir-logs.strata: every pod has its own emptyDir {@code logs}. */
    static Timeline emptyDirLogs() {
        FixtureCluster c = FixtureCluster.web("emptydir-logs.strata", true, "");
        return play("An emptyDir per pod for logs", c, List.of(
                () -> c.write(1, "/var/log/app/app.log", 2 * KIB,
                        "Replica 1 logs a request into its pod's emptyDir."),
                () -> c.read(2, "/var/log/app/app.log",
                        "Replica 2 has an emptyDir of its own, which does not hold that log."),
                () -> c.append(1, "/var/log/app/app.log", KIB, ""),
                () -> c.restart(1, "The container restarts; the emptyDir belongs to the pod and"
                        + " keeps the log."),
                () -> c.read(1, "/var/log/app/app.log", ""),
                () -> c.deletePod(1, "The pod is deleted and replaced. Its emptyDir goes with it."),
                () -> c.read(1, "/var/log/app/app.log", "")));
    }

    /** tour.strata: writable layer, emptyDir and a ReadWriteMany claim. */
    static Timeline tour() {
        FixtureCluster c = FixtureCluster.web("tour.strata", true, "RWX");
        return play("Where do writes land?", c, List.of(
                () -> c.write(1, "/app/cache/session.txt", 4 * KIB, "Replica 1 caches a session."
                        + " No volume covers /app/cache, so it lands in its own writable layer."),
                () -> c.write(1, "/var/log/app/app.log", 2 * KIB,
                        "Replica 1 logs a request into its pod's emptyDir."),
                () -> c.write(2, "/data/uploads/photo.jpg", 512 * KIB, "Replica 2 stores an"
                        + " upload on the shared claim. Every replica can see it."),
                () -> c.write(3, "/app/app.py", 2 * KIB, "Replica 3 patches its code. The file"
                        + " comes from a read-only layer, so it is copied up first."),
                () -> c.delete(2, "/app/requirements.txt", "Deleting an image file leaves a"
                        + " whiteout. The bytes stay in the image."),
                () -> c.read(3, "/data/uploads/photo.jpg", ""),
                () -> c.restart(1, "The container of replica 1 restarts with a new, empty"
                        + " writable layer. Its emptyDir stays."),
                () -> c.read(1, "/app/cache/session.txt", ""),
                () -> c.read(1, "/var/log/app/app.log", ""),
                () -> c.deletePod(1, "Pod 1 is deleted and replaced. Its emptyDir goes with it;"
                        + " the claim stays."),
                () -> c.read(1, "/var/log/app/app.log", ""),
                () -> c.read(1, "/data/uploads/photo.jpg", "")));
    }

    /** rwo-pvc.strata: a ReadWriteOnce claim; replica 2 on node 2 stays Pending. */
    static Timeline rwoPvc() {
        FixtureCluster c = FixtureCluster.web("rwo-pvc.strata", false, "RWO");
        return play("A ReadWriteOnce claim on two nodes", c, List.of(
                () -> c.write(1, "/data/uploads/photo.jpg", 512 * KIB, "Replica 1 runs on node"
                        + " 1, where the volume is attached, and writes to it."),
                () -> c.read(3, "/data/uploads/photo.jpg",
                        "Replica 3 is on the same node, so it may share the volume."),
                () -> c.write(2, "/data/uploads/other.jpg", KIB, "Replica 2 is on node 2. The"
                        + " volume cannot attach there, so the pod never starts.")));
    }

    private static Timeline play(String title, FixtureCluster cluster,
            List<Supplier<Outcome>> steps) {
        List<Frame> frames = new ArrayList<>();
        List<Step> played = new ArrayList<>();
        frames.add(new Frame(0, Optional.empty(), cluster.state()));
        for (Supplier<Outcome> step : steps) {
            Outcome outcome = step.get();
            played.add(outcome.step());
            frames.add(new Frame(frames.size(), Optional.of(outcome), cluster.state()));
        }
        return new Timeline(new Scenario(title, 2, played), frames);
    }
}
