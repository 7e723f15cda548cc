package dev.strata.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import dev.strata.dockerfile.DockerfileParser;
import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.LayerPlanner;
import dev.strata.dockerfile.PlanOptions;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.ManifestLoader;
import dev.strata.sim.DefaultScenario;
import dev.strata.sim.Scenario;
import dev.strata.sim.ScenarioParser;
import dev.strata.sim.Simulator;
import dev.strata.sim.Timeline;
import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

import picocli.CommandLine.Option;

/** The input options shared by open, render and simulate, and their loading. */
final class Inputs {
    @Option(names = "--dockerfile", paramLabel = "FILE", description = "the Dockerfile")
    Path dockerfile;

    @Option(names = "--manifest", paramLabel = "FILE", description = "the Kubernetes manifest")
    Path manifest;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "the scenario to play (default: one write into each kind of place)")
    Path scenario;

    @Option(names = "--context", paramLabel = "DIR",
            description = "the build context (default: the Dockerfile's folder)")
    Path context;

    @Option(names = "--nodes", paramLabel = "N", description = "cluster nodes (default: the"
            + " scenario's, or 2)")
    Integer nodes;

    @Option(names = "--sample", paramLabel = "NAME", description = "a bundled sample: "
            + "tour, no-volumes, emptydir-logs, shared-pvc, rwo-pvc")
    String sample;

    /** Everything loaded, played, and a short label of where it came from. */
    record Loaded(Timeline timeline, String label) {
    }

    Loaded load() throws IOException {
        if (nodes != null && (nodes < 1 || nodes > 100)) {
            throw new UsageException("--nodes must be between 1 and 100, got " + nodes);
        }
        if (sample != null && (dockerfile != null || manifest != null)) {
            throw new UsageException("--sample cannot be combined with --dockerfile or"
                    + " --manifest");
        }
        if (dockerfile == null && manifest == null) {
            return loadSample(sample == null ? Samples.DEFAULT : sample);
        }
        if (manifest == null) {
            throw new UsageException("--dockerfile needs --manifest: the workload to run");
        }
        Manifest loadedManifest = ManifestLoader.load(manifest);
        ImagePlan plan = dockerfile == null ? imageOnly(loadedManifest)
                : plan(dockerfile, dockerfile.toString(), contextFor(dockerfile));
        Scenario played = scenario == null
                ? DefaultScenario.of(plan, loadedManifest, nodesOr(Scenario.DEFAULT_NODES))
                : withNodes(ScenarioParser.parse(read(scenario), scenario.toString()));
        String label = (dockerfile == null ? "" : dockerfile.getFileName() + " · ")
                + manifest.getFileName();
        return new Loaded(Simulator.run(plan, loadedManifest, played), label);
    }

    private Loaded loadSample(String name) throws IOException {
        if (!Samples.NAMES.contains(name)) {
            throw new UsageException("no sample \"" + name + "\"; the samples are "
                    + String.join(", ", Samples.NAMES));
        }
        Path folder = Samples.directory();
        ImagePlan plan = plan(folder.resolve("Dockerfile"), "sample/Dockerfile", folder);
        Path manifestFile = folder.resolve(name + ".yaml");
        Manifest loadedManifest = ManifestLoader.load(read(manifestFile), "sample/" + name
                + ".yaml");
        Path scenarioFile = scenario != null ? scenario : folder.resolve(name + ".strata");
        Scenario played = withNodes(ScenarioParser.parse(read(scenarioFile),
                scenario != null ? scenario.toString() : "sample/" + name + ".strata"));
        return new Loaded(Simulator.run(plan, loadedManifest, played), "sample: " + name);
    }

    private static ImagePlan plan(Path file, String name, Path contextDir) throws IOException {
        PlanOptions options = PlanOptions.defaults().withContext(contextDir);
        return LayerPlanner.plan(DockerfileParser.parse(read(file), name), options);
    }

    private Path contextFor(Path file) {
        if (context != null) {
            return context;
        }
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /** Without a Dockerfile, the image of the first container stands alone as the base. */
    private static ImagePlan imageOnly(Manifest manifest) {
        String image = manifest.workloads().stream()
                .flatMap(w -> w.pod().containers().stream())
                .map(c -> c.image()).findFirst().orElse("scratch");
        return new ImagePlan(image, List.of(), List.of());
    }

    private Scenario withNodes(Scenario scenario) {
        return nodes == null ? scenario
                : new Scenario(scenario.title(), nodes, scenario.steps());
    }

    private int nodesOr(int fallback) {
        return nodes == null ? fallback : nodes;
    }

    static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(SourcePosition.startOf(file.toString()), "no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(SourcePosition.startOf(file.toString()),
                    "not UTF-8 text");
        }
    }
}
