package dev.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.strata.dockerfile.AstDump;
import dev.strata.dockerfile.CopySource;
import dev.strata.dockerfile.Dockerfile;
import dev.strata.dockerfile.DockerfileParser;
import dev.strata.dockerfile.HistoryEntry;
import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.LayerPlanner;
import dev.strata.dockerfile.PlanOptions;
import dev.strata.dockerfile.PlannedFile;
import dev.strata.dockerfile.PlannedLayer;
import dev.strata.dockerfile.RunMount;
import dev.strata.dockerfile.Warning;
import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Commands about a Dockerfile alone. */
@Command(name = "dockerfile", mixinStandardHelpOptions = true,
        description = "Reads a Dockerfile: its syntax tree or its layer plan.",
        subcommands = {DockerfileCommand.Ast.class, DockerfileCommand.Layers.class})
final class DockerfileCommand {
    /** The file's text, refused with a position when it is not UTF-8 text. */
    static String read(Path file) throws IOException {
        try {
            return DockerfileParser.decode(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InputException(SourcePosition.startOf(file.toString()), "no such file");
        }
    }

    /** BuildKit's parser dump, byte for byte. */
    @Command(name = "ast", mixinStandardHelpOptions = true,
            description = "Prints the syntax tree in BuildKit's parser dump format.")
    static final class Ast implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the Dockerfile")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String text = read(file);
            PrintWriter out = spec.commandLine().getOut();
            out.print(AstDump.format(DockerfileParser.parseSyntax(text, file.toString())));
            out.flush();
            return 0;
        }
    }

    /** The filesystem layers the build makes. */
    @Command(name = "layers", mixinStandardHelpOptions = true,
            description = "Lists the base image and the layers the build makes; warnings go"
                    + " to standard error.")
    static final class Layers implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the Dockerfile")
        Path file;

        @Option(names = "--target", paramLabel = "STAGE", description = "the stage to build")
        String target;

        @Option(names = "--build-arg", paramLabel = "K=V", description = "an ARG value")
        Map<String, String> buildArgs = new LinkedHashMap<>();

        @Option(names = "--context", paramLabel = "DIR",
                description = "the build context (default: the Dockerfile's folder)")
        Path context;

        @Option(names = "--platform", paramLabel = "OS/ARCH",
                description = "the target platform (default: linux/amd64)")
        String platform = PlanOptions.DEFAULT_PLATFORM;

        @Option(names = "--json", description = "one JSON object")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!PlanOptions.isPlatform(platform)) {
                throw new UsageException("--platform must be os/arch[/variant], got "
                        + platform);
            }
            PlanOptions options = new PlanOptions(Optional.ofNullable(target), buildArgs,
                    Optional.of(context != null ? context : Inputs.folderOf(file)), platform);
            Dockerfile dockerfile = DockerfileParser.parse(read(file), file.toString());
            ImagePlan plan = LayerPlanner.plan(dockerfile, options);
            PrintWriter err = spec.commandLine().getErr();
            plan.warnings().forEach(err::println);
            err.flush();
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? PlanJson.of(plan) + "\n" : PlanText.of(plan));
            out.flush();
            return 0;
        }
    }

    /** The layer plan for people: one line per layer, then what it reads from elsewhere. */
    static final class PlanText {
        private PlanText() {
        }

        static String of(ImagePlan plan) {
            StringBuilder out = new StringBuilder();
            out.append("target  ").append(plan.target()).append(" (").append(plan.platform())
                    .append(")\nbase    ").append(plan.base()).append('\n');
            for (PlannedLayer layer : plan.layers()) {
                out.append(String.format("%4d  line %-4d %-8s %-10s %s%n", layer.index(),
                        layer.line(), layer.stage(), size(layer), layer.text()));
                for (RunMount mount : layer.mounts()) {
                    out.append("      not kept: ").append(mount.type()).append(" mount at ")
                            .append(mount.target()).append('\n');
                }
            }
            for (CopySource source : plan.copiesFrom()) {
                out.append(String.format("line %d copies from %s %s%n", source.line(),
                        source.stage() ? "stage" : "image", source.from()));
            }
            return out.toString();
        }

        private static String size(PlannedLayer layer) {
            return layer.contentKnown() ? layer.knownSize() + " B" : "unknown";
        }
    }

    /** The layer plan as one JSON object, in the shape the plan's issue describes. */
    static final class PlanJson {
        private PlanJson() {
        }

        static String of(ImagePlan plan) {
            return "{\"target\":" + OutcomeJson.string(plan.target())
                    + ",\"base\":" + OutcomeJson.string(plan.base())
                    + ",\"platform\":" + OutcomeJson.string(plan.platform())
                    + ",\"layers\":" + array(plan.layers(), PlanJson::layer)
                    + ",\"history\":" + array(plan.history(), PlanJson::history)
                    + ",\"copiesFrom\":" + array(plan.copiesFrom(), PlanJson::copySource)
                    + ",\"warnings\":" + array(plan.warnings(), PlanJson::warning) + "}";
        }

        private static <T> String array(List<T> items, Function<T, String> json) {
            return items.stream().map(json).collect(Collectors.joining(",", "[", "]"));
        }

        private static String layer(PlannedLayer layer) {
            return "{\"index\":" + layer.index() + ",\"line\":" + layer.line()
                    + ",\"instruction\":" + OutcomeJson.string(layer.instruction())
                    + ",\"stage\":" + OutcomeJson.string(layer.stage())
                    + ",\"text\":" + OutcomeJson.string(layer.text())
                    + ",\"paths\":" + array(layer.paths(), OutcomeJson::string)
                    + ",\"files\":" + array(layer.files(), PlanJson::file)
                    + ",\"size\":" + (layer.contentKnown() ? layer.knownSize() : "null")
                    + ",\"contentKnown\":" + layer.contentKnown()
                    + ",\"mounts\":" + array(layer.mounts(), PlanJson::mount) + "}";
        }

        private static String file(PlannedFile file) {
            return "{\"path\":" + OutcomeJson.string(file.path()) + ",\"size\":"
                    + (file.size() < 0 ? "null" : String.valueOf(file.size()))
                    + ",\"directory\":" + file.directory() + "}";
        }

        private static String mount(RunMount mount) {
            return "{\"type\":" + OutcomeJson.string(mount.type()) + ",\"target\":"
                    + OutcomeJson.string(mount.target()) + "}";
        }

        private static String history(HistoryEntry entry) {
            return "{\"line\":" + entry.line()
                    + ",\"instruction\":" + OutcomeJson.string(entry.instruction())
                    + ",\"text\":" + OutcomeJson.string(entry.text())
                    + ",\"emptyLayer\":" + entry.emptyLayer() + "}";
        }

        private static String copySource(CopySource source) {
            return "{\"line\":" + source.line() + ",\"from\":" + OutcomeJson.string(source.from())
                    + ",\"stage\":" + source.stage() + "}";
        }

        private static String warning(Warning warning) {
            return "{\"line\":" + warning.position().line()
                    + ",\"column\":" + warning.position().column()
                    + ",\"rule\":" + OutcomeJson.string(warning.rule())
                    + ",\"message\":" + OutcomeJson.string(warning.message()) + "}";
        }
    }
}
