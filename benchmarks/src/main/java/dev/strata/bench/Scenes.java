package dev.strata.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import dev.strata.dockerfile.DockerfileParser;
import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.LayerPlanner;
import dev.strata.dockerfile.PlanOptions;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.ManifestLoader;
import dev.strata.workspace.Samples;

/** The bundled tour's image plan and its Deployment, with a chosen replica count. */
final class Scenes {
    private Scenes() {
    }

    static ImagePlan samplePlan() {
        try {
            String text = Files.readString(Samples.directory().resolve("Dockerfile"));
            return LayerPlanner.plan(DockerfileParser.parse(text, "Dockerfile"),
                    PlanOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Manifest tour(int replicas) {
        try {
            String text = Files.readString(Samples.directory().resolve("tour.yaml"))
                    .replace("replicas: 3", "replicas: " + replicas);
            return ManifestLoader.load(text, "tour.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
