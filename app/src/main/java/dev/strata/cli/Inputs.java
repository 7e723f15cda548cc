package dev.strata.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import dev.strata.workspace.Samples;
import dev.strata.workspace.Workspace;
import dev.strata.workspace.Workspace.Text;

import picocli.CommandLine.Option;

/** The input options shared by open, render and simulate. */
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

    @Option(names = "--image", paramLabel = "ARCHIVE",
            description = "a real image archive built from the Dockerfile: its layers replace"
                    + " the plan's guesses")
    Path image;

    @Option(names = "--sample", paramLabel = "NAME", description = "a bundled sample: "
            + "tour, no-volumes, emptydir-logs, shared-pvc, rwo-pvc")
    String sample;

    /** The workspace the options describe; the bundled tour when no file is given. */
    Workspace workspace() throws IOException {
        if (nodes != null && (nodes < 1 || nodes > Workspace.MAX_NODES)) {
            throw new UsageException("--nodes must be between 1 and " + Workspace.MAX_NODES
                    + ", got " + nodes);
        }
        Workspace workspace = dockerfile == null && manifest == null ? sample() : files();
        if (scenario != null) {
            workspace = workspace.withScenario(Text.read(scenario));
        }
        if (image != null) {
            workspace = workspace.withImage(image);
        }
        return nodes == null ? workspace : workspace.withNodes(nodes);
    }

    private Workspace sample() throws IOException {
        String name = sample == null ? Samples.DEFAULT : sample;
        if (!Samples.NAMES.contains(name)) {
            throw new UsageException("no sample \"" + name + "\"; the samples are "
                    + String.join(", ", Samples.NAMES));
        }
        return Workspace.sample(name);
    }

    private Workspace files() throws IOException {
        if (sample != null) {
            throw new UsageException("--sample cannot be combined with --dockerfile or"
                    + " --manifest");
        }
        if (manifest == null) {
            throw new UsageException("--dockerfile needs --manifest: the workload to run");
        }
        Optional<Text> dockerfileText = dockerfile == null ? Optional.empty()
                : Optional.of(Text.read(dockerfile));
        // With a real image the layers' files come from it, so the context is not needed.
        Optional<Path> contextDir = Optional.ofNullable(context)
                .or(() -> Optional.ofNullable(image == null ? dockerfile : null)
                        .map(Inputs::folderOf));
        String label = (dockerfile == null ? "" : dockerfile.getFileName() + " · ")
                + manifest.getFileName();
        return new Workspace(dockerfileText, Text.read(manifest), Optional.empty(), contextDir,
                Optional.empty(), label);
    }

    static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    static String read(Path file) throws IOException {
        return Text.read(file).content();
    }
}
