package dev.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.strata.source.InputException;
import dev.strata.source.InputWarning;
import dev.strata.source.SourcePosition;
import dev.strata.workspace.ImageChoice;
import dev.strata.workspace.Samples;
import dev.strata.workspace.Workspace;
import dev.strata.workspace.Workspace.Text;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options shared by open, render and simulate. */
final class Inputs {
    @Parameters(arity = "0..1", paramLabel = "SCENARIO.strata", description = "a scenario"
            + " file; its manifest (same name, .yaml or .yml) and Dockerfile are looked for"
            + " beside it")
    Path scenarioBesideFiles;

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

    @Mixin
    ImageOptions chosen = new ImageOptions();

    @Option(names = "--sample", paramLabel = "NAME", description = "a bundled sample: "
            + "tour, no-volumes, emptydir-logs, shared-pvc, rwo-pvc")
    String sample;

    /** The workspace the options describe; the bundled tour when no file is given. */
    Workspace workspace() throws IOException {
        if (scenarioBesideFiles != null) {
            takeFilesBeside(scenarioBesideFiles);
        }
        if (image == null && chosen.given()) {
            throw new UsageException(chosen.firstGiven() + " chooses an"
                    + " image in an archive: it needs --image ARCHIVE");
        }
        if (nodes != null && (nodes < 1 || nodes > Workspace.MAX_NODES)) {
            throw new UsageException("--nodes must be between 1 and " + Workspace.MAX_NODES
                    + ", got " + nodes);
        }
        Workspace workspace = dockerfile == null && manifest == null ? sample() : files();
        if (scenario != null) {
            workspace = workspace.withScenario(Text.read(scenario));
        }
        if (image != null) {
            workspace = workspace.withImage(image, imageChoice());
        }
        return nodes == null ? workspace : workspace.withNodes(nodes);
    }

    /** The image --ref and --platform choose; a missing archive is bad input, as a text's is. */
    private ImageChoice imageChoice() {
        if (!Files.exists(image)) {
            throw new InputException(SourcePosition.startOf(image.toString()), "no such file");
        }
        if (chosen.blank()) {
            throw new UsageException((chosen.ref != null && chosen.ref.isBlank() ? "--ref"
                    : "--platform") + " must not be empty");
        }
        return chosen.choice();
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

    /**
     * A scenario opened on its own (a double-click on a .strata file) brings the files of its
     * lesson from its folder: NAME.yaml or NAME.yml, and the Dockerfile, if there is one.
     */
    private void takeFilesBeside(Path file) {
        if (scenario != null || manifest != null || sample != null) {
            throw new UsageException("a scenario file given alone cannot be combined with"
                    + " --scenario, --manifest or --sample");
        }
        String name = file.getFileName().toString().replaceFirst("\\.strata$", "");
        Path folder = folderOf(file);
        scenario = file;
        manifest = Stream.of(name + ".yaml", name + ".yml").map(folder::resolve)
                .filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new UsageException("no manifest beside " + file
                        + " (looked for " + name + ".yaml and " + name + ".yml)"));
        if (dockerfile == null && Files.isRegularFile(folder.resolve("Dockerfile"))) {
            dockerfile = folder.resolve("Dockerfile");
        }
    }

    /** Prints warnings to standard error as {@code file:line:column: warning: message}. */
    static void report(List<InputWarning> warnings, PrintWriter err) {
        warnings.forEach(err::println);
        err.flush();
    }

    static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    static String read(Path file) throws IOException {
        return Text.read(file).content();
    }
}
