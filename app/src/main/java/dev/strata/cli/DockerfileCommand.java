package dev.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.strata.dockerfile.AstDump;
import dev.strata.dockerfile.DockerfileParser;
import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.LayerPlanner;
import dev.strata.dockerfile.PlanOptions;
import dev.strata.dockerfile.PlannedFile;
import dev.strata.dockerfile.PlannedLayer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Commands about a Dockerfile alone. */
@Command(name = "dockerfile", mixinStandardHelpOptions = true,
        description = "Reads a Dockerfile: its syntax tree or its layer plan.",
        subcommands = {DockerfileCommand.Ast.class, DockerfileCommand.Layers.class})
final class DockerfileCommand {
    /** BuildKit's parser dump, byte for byte. */
    @Command(name = "ast", mixinStandardHelpOptions = true,
            description = "Prints the syntax tree in BuildKit's parser dump format.")
    static final class Ast implements java.util.concurrent.Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the Dockerfile")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String text = Inputs.read(file);
            PrintWriter out = spec.commandLine().getOut();
            out.print(AstDump.format(DockerfileParser.parseSyntax(text, file.toString())));
            out.flush();
            return 0;
        }
    }

    /** The filesystem layers the build makes. */
    @Command(name = "layers", mixinStandardHelpOptions = true,
            description = "Lists the base image and the layers the build makes.")
    static final class Layers implements java.util.concurrent.Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the Dockerfile")
        Path file;

        @Option(names = "--target", paramLabel = "STAGE", description = "the stage to build")
        String target;

        @Option(names = "--build-arg", paramLabel = "K=V", description = "an ARG value")
        Map<String, String> buildArgs = new LinkedHashMap<>();

        @Option(names = "--context", paramLabel = "DIR",
                description = "the build context (default: the Dockerfile's folder)")
        Path context;

        @Option(names = "--json", description = "one JSON object")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PlanOptions options = new PlanOptions(Optional.ofNullable(target), buildArgs,
                    Optional.of(context != null ? context : Inputs.folderOf(file)));
            ImagePlan plan = LayerPlanner.plan(
                    DockerfileParser.parse(Inputs.read(file), file.toString()), options);
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? PlanJson.of(plan) + "\n" : text(plan));
            out.flush();
            return 0;
        }

        private static String text(ImagePlan plan) {
            StringBuilder out = new StringBuilder("base  " + plan.base() + "\n");
            for (PlannedLayer layer : plan.layers()) {
                out.append(String.format("%4d  line %-4d %-8s %-10s %s%n", layer.index(),
                        layer.line(), layer.stage(), size(layer), layer.text()));
            }
            return out.toString();
        }

        private static String size(PlannedLayer layer) {
            return layer.contentKnown() ? layer.knownSize() + " B" : "unknown";
        }
    }

    /** The layer plan as JSON. */
    static final class PlanJson {
        private PlanJson() {
        }

        static String of(ImagePlan plan) {
            String layers = plan.layers().stream().map(PlanJson::layer)
                    .collect(Collectors.joining(",", "[", "]"));
            String history = plan.history().stream().map(h -> "{\"line\":" + h.line()
                    + ",\"instruction\":" + OutcomeJson.string(h.instruction())
                    + ",\"text\":" + OutcomeJson.string(h.text())
                    + ",\"emptyLayer\":" + h.emptyLayer() + "}")
                    .collect(Collectors.joining(",", "[", "]"));
            return "{\"base\":" + OutcomeJson.string(plan.base()) + ",\"layers\":" + layers
                    + ",\"history\":" + history + "}";
        }

        private static String layer(PlannedLayer layer) {
            String files = layer.files().stream().map(PlanJson::file)
                    .collect(Collectors.joining(",", "[", "]"));
            return "{\"index\":" + layer.index() + ",\"line\":" + layer.line()
                    + ",\"instruction\":" + OutcomeJson.string(layer.instruction())
                    + ",\"stage\":" + OutcomeJson.string(layer.stage())
                    + ",\"text\":" + OutcomeJson.string(layer.text())
                    + ",\"contentKnown\":" + layer.contentKnown()
                    + ",\"size\":" + (layer.contentKnown() ? layer.knownSize() : "null")
                    + ",\"paths\":" + files + "}";
        }

        private static String file(PlannedFile file) {
            return "{\"path\":" + OutcomeJson.string(file.path()) + ",\"size\":"
                    + (file.size() < 0 ? "null" : String.valueOf(file.size()))
                    + ",\"directory\":" + file.directory() + "}";
        }
    }
}
