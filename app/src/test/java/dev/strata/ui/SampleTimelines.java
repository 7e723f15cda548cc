package dev.strata.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.strata.dockerfile.DockerfileParser;
import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.LayerPlanner;
import dev.strata.dockerfile.PlanOptions;
import dev.strata.manifest.ManifestLoader;
import dev.strata.sim.ScenarioParser;
import dev.strata.sim.Simulator;
import dev.strata.sim.Timeline;

/** Timelines the simulator plays from the bundled samples in assets/samples. */
final class SampleTimelines {
    private static final Path SAMPLES = Path.of("..", "assets", "samples");

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
            return Simulator.run(plan(), ManifestLoader.load(SAMPLES.resolve(name + ".yaml")),
                    ScenarioParser.parse(SAMPLES.resolve(name + ".strata")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + name, e);
        }
    }

    private static ImagePlan plan() throws IOException {
        Path dockerfile = SAMPLES.resolve("Dockerfile");
        return LayerPlanner.plan(
                DockerfileParser.parse(Files.readString(dockerfile), dockerfile.toString()),
                PlanOptions.defaults().withContext(SAMPLES));
    }
}
