package dev.strata.ui;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.strata.sim.Timeline;
import dev.strata.workspace.Workspace;

/** Timelines the simulator plays from the bundled samples. */
final class SampleTimelines {
    private SampleTimelines() {
    }

    /** emptydir-logs: every pod has its own emptyDir {@code logs}. */
    static Timeline emptyDirLogs() {
        return play("emptydir-logs");
    }

    /** tour: writable layer, emptyDir and a ReadWriteMany claim. */
    static Timeline tour() {
        return play("tour");
    }

    /** rwo-pvc: a ReadWriteOnce claim; the replica on node 2 stays Pending. */
    static Timeline rwoPvc() {
        return play("rwo-pvc");
    }

    /** no-volumes: every write stays in its replica's writable layer. */
    static Timeline noVolumes() {
        return play("no-volumes");
    }

    /** shared-pvc: a ReadWriteMany claim shared by every replica. */
    static Timeline sharedPvc() {
        return play("shared-pvc");
    }

    /**
     * The tour's Deployment scaled to {@code replicas} over {@code nodes} nodes, then a write
     * to the writable layer, the emptyDir and the claim by replicas far apart, a delete and a
     * restart.
     */
    static Timeline scaled(int replicas, int nodes) {
        String far = String.valueOf(Math.max(1, replicas - 1));
        String mid = String.valueOf(Math.max(1, replicas / 2));
        String text = String.join("\n",
                "title: " + replicas + " replicas",
                "steps:",
                "  - scale: " + replicas,
                "  - write: /app/cache/session.txt",
                "    replica: 2",
                "  - write: /var/log/app/app.log",
                "    replica: " + mid,
                "  - write: /data/uploads/photo.jpg",
                "    replica: " + far,
                "  - delete: /app/requirements.txt",
                "    replica: " + far,
                "  - restart: 2",
                "  - scale: " + Math.max(1, replicas / 2),
                "");
        try {
            return Workspace.sample("tour").withNodes(nodes)
                    .withScenario(new Workspace.Text("scaled.strata", text)).play().timeline();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample tour", e);
        }
    }

    private static Timeline play(String name) {
        try {
            return Workspace.sample(name).play().timeline();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + name, e);
        }
    }
}
