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

    private static Timeline play(String name) {
        try {
            return Workspace.sample(name).play();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + name, e);
        }
    }
}
