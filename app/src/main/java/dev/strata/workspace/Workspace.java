package dev.strata.workspace;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import dev.strata.dockerfile.DockerfileParser;
import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.LayerPlanner;
import dev.strata.dockerfile.PlanOptions;
import dev.strata.image.Image;
import dev.strata.image.ReadOptions;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.ManifestLoader;
import dev.strata.sim.DefaultScenario;
import dev.strata.sim.Scenario;
import dev.strata.sim.ScenarioParser;
import dev.strata.sim.Simulator;
import dev.strata.source.InputException;
import dev.strata.source.InputWarning;
import dev.strata.source.SourcePosition;

/**
 * The texts a user works on (a Dockerfile, a manifest, a scenario) and how to play them.
 * The command line builds one from files; the window edits one and plays it again.
 *
 * @param dockerfile the Dockerfile, or empty to show the manifest's image as a lone base
 * @param manifest the Kubernetes manifest
 * @param scenario the scenario, or empty for the default one
 * @param context the build context COPY and ADD sources are looked up in, if any
 * @param nodes a node count that overrides the scenario's, if any
 * @param label a short name of where the texts came from, for titles
 * @param image a real image archive whose layers replace the Dockerfile's plan, if any
 * @param imageChoice which of the archive's images to read when it holds several
 */
public record Workspace(
        Optional<Text> dockerfile,
        Text manifest,
        Optional<Text> scenario,
        Optional<Path> context,
        Optional<Integer> nodes,
        String label,
        Optional<Path> image,
        ImageChoice imageChoice) {
    public static final int MAX_NODES = 100;

    /** A file's name (as messages should show it) and its content. */
    public record Text(String name, String content) {
        public Text {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }

        /** Reads a UTF-8 file; a missing or undecodable file is bad input at its line 1. */
        public static Text read(Path file) throws IOException {
            return read(file, file.toString());
        }

        static Text read(Path file, String name) throws IOException {
            try {
                return new Text(name, Files.readString(file, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                throw new InputException(SourcePosition.startOf(name), "no such file");
            } catch (MalformedInputException e) {
                throw new InputException(SourcePosition.startOf(name), "not UTF-8 text");
            } catch (IOException e) {
                String why = Files.isDirectory(file) ? "a directory, not a file"
                        : "cannot be read (" + e.getMessage() + ")";
                throw new InputException(SourcePosition.startOf(name), why, e);
            }
        }
    }

    public Workspace {
        Objects.requireNonNull(dockerfile, "dockerfile");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(imageChoice, "imageChoice");
        if (nodes.isPresent() && (nodes.get() < 1 || nodes.get() > MAX_NODES)) {
            throw new IllegalArgumentException("nodes must be between 1 and " + MAX_NODES
                    + ", got " + nodes.get());
        }
    }

    /** A workspace whose archive, if any, holds one image or the default platform's. */
    public Workspace(Optional<Text> dockerfile, Text manifest, Optional<Text> scenario,
            Optional<Path> context, Optional<Integer> nodes, String label,
            Optional<Path> image) {
        this(dockerfile, manifest, scenario, context, nodes, label, image, ImageChoice.NONE);
    }

    /** A workspace without an image archive. */
    public Workspace(Optional<Text> dockerfile, Text manifest, Optional<Text> scenario,
            Optional<Path> context, Optional<Integer> nodes, String label) {
        this(dockerfile, manifest, scenario, context, nodes, label, Optional.empty());
    }

    /** A bundled sample: the Dockerfile, NAME.yaml and NAME.strata, read in place. */
    public static Workspace sample(String name) throws IOException {
        if (!Samples.NAMES.contains(name)) {
            throw new IllegalArgumentException("no sample \"" + name + "\"; the samples are "
                    + String.join(", ", Samples.NAMES));
        }
        Path folder = Samples.directory();
        return new Workspace(
                Optional.of(Text.read(folder.resolve("Dockerfile"), "sample/Dockerfile")),
                Text.read(folder.resolve(name + ".yaml"), "sample/" + name + ".yaml"),
                Optional.of(Text.read(folder.resolve(name + ".strata"),
                        "sample/" + name + ".strata")),
                Optional.of(folder), Optional.empty(), "sample: " + name);
    }

    /**
     * What was loaded, for a title: the label, then the image archive's name, and the ref and
     * platform chosen in it, if any.
     */
    public String subtitle() {
        String archive = image.map(a -> imageLabel(a, imageChoice)).orElse("");
        if (archive.isEmpty() || label.isBlank()) {
            return label.isBlank() ? archive : label;
        }
        return label + " · " + archive;
    }

    /** An archive as titles name it: {@code image app.tar (v4, linux/arm64)}. */
    public static String imageLabel(Path archive, ImageChoice choice) {
        String chosen = choice.isNone() ? "" : " (" + choice.describe() + ")";
        return "image " + archive.getFileName() + chosen;
    }

    public Workspace withScenario(Text text) {
        return new Workspace(dockerfile, manifest, Optional.of(text), context, nodes, label,
                image, imageChoice);
    }

    public Workspace withNodes(int count) {
        return new Workspace(dockerfile, manifest, scenario, context, Optional.of(count),
                label, image, imageChoice);
    }

    /** The archive's only image, or linux/amd64's in a multi-platform index. */
    public Workspace withImage(Path archive) {
        return withImage(archive, ImageChoice.NONE);
    }

    /** The image the choice picks in the archive. */
    public Workspace withImage(Path archive, ImageChoice choice) {
        return new Workspace(dockerfile, manifest, scenario, context, nodes, label,
                Optional.of(archive), choice);
    }

    /**
     * Parses everything and plays the scenario, keeping the warnings of every input.
     *
     * @throws InputException at the first mistake in any of the texts
     */
    public Played play() {
        Manifest loaded = ManifestLoader.load(manifest.content(), manifest.name());
        if (loaded.workloads().isEmpty()) {
            throw new InputException(SourcePosition.startOf(manifest.name()), "no workload"
                    + " that runs pods (a Deployment, StatefulSet, DaemonSet, Pod, Job...)"
                    + ignoredNote(loaded));
        }
        Optional<ImagePlan> planned = dockerfile.map(this::plan);
        ImagePlan plan = planned.orElseGet(() -> imageOnly(loaded));
        Scenario played = scenario
                .map(s -> ScenarioParser.parse(s.content(), s.name()))
                .orElseGet(() -> DefaultScenario.of(plan, loaded, Scenario.DEFAULT_NODES));
        if (nodes.isPresent()) {
            played = new Scenario(played.title(), nodes.get(), played.steps());
        }
        List<InputWarning> warnings = new ArrayList<>(inFileOrder(plan.warnings().stream()
                .map(w -> new InputWarning(w.position(), w.message() + " (" + w.rule() + ")"))));
        warnings.addAll(inFileOrder(loaded.warnings().stream()
                .map(w -> new InputWarning(w.position(), w.message()))));
        if (image.isEmpty()) {
            return new Played(Simulator.run(plan, loaded, played), warnings);
        }
        Image read = readImage(image.get(), imageChoice.applyTo(ReadOptions.defaults()));
        warnings.addAll(imageWarnings(image.get(), read, planned));
        return new Played(Simulator.run(read, planned, loaded, played), warnings);
    }

    private static List<InputWarning> inFileOrder(Stream<InputWarning> warnings) {
        return warnings.sorted(Comparator.comparingInt((InputWarning w) -> w.position().line())
                .thenComparingInt(w -> w.position().column())).toList();
    }

    /** The reader's warnings, then whether the Dockerfile made this image, all at line 1. */
    private static List<InputWarning> imageWarnings(Path archive, Image read,
            Optional<ImagePlan> planned) {
        SourcePosition start = SourcePosition.startOf(archive.toString());
        List<InputWarning> warnings = new ArrayList<>();
        read.warnings().forEach(w -> warnings.add(new InputWarning(start, w)));
        if (planned.isPresent() && !Simulator.seemsBuiltFrom(read, planned.get())) {
            warnings.add(new InputWarning(start, "the image does not seem to be built from"
                    + " this Dockerfile: none of its layers matches an instruction, so they"
                    + " are shown with their own history"));
        }
        return warnings;
    }

    /**
     * Reads an image archive ahead of {@link #play()}, which then finds it read, e.g. to show
     * the reading's progress or to cancel it; a cancelled reading ends with a
     * {@link java.util.concurrent.CancellationException}.
     *
     * @throws InputException when the archive holds no image or is damaged
     */
    public static Image readImage(Path archive, ReadOptions options) {
        try {
            return ImageCache.SHARED.read(archive, options);
        } catch (NoSuchFileException e) {
            throw new InputException(SourcePosition.startOf(archive.toString()), "no such file",
                    e);
        } catch (IOException e) {
            throw new InputException(SourcePosition.startOf(archive.toString()),
                    "cannot read the image archive: " + e.getMessage(), e);
        }
    }

    private static String ignoredNote(Manifest manifest) {
        return manifest.ignored().isEmpty() ? "" : "; found only "
                + manifest.ignored().stream().map(i -> i.kind() + " " + i.name())
                        .collect(java.util.stream.Collectors.joining(", "));
    }

    private ImagePlan plan(Text text) {
        return LayerPlanner.plan(DockerfileParser.parse(text.content(), text.name()),
                planOptions());
    }

    /**
     * How the Dockerfile is planned: in the build context, if any, unless an image archive
     * is loaded, whose layers hold the real files, so that the context need not.
     */
    public PlanOptions planOptions() {
        return context.filter(c -> image.isEmpty()).map(PlanOptions.defaults()::withContext)
                .orElseGet(PlanOptions::defaults);
    }

    /** Without a Dockerfile, the image of the first container stands alone as the base. */
    private static ImagePlan imageOnly(Manifest manifest) {
        String image = manifest.workloads().stream()
                .flatMap(w -> w.pod().containers().stream())
                .map(c -> c.image()).findFirst().orElse("scratch");
        return new ImagePlan(image, List.of(), List.of());
    }
}
