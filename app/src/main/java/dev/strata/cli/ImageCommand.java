package dev.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.strata.image.Entry;
import dev.strata.image.Image;
import dev.strata.image.ImageReader;
import dev.strata.image.Layer;
import dev.strata.image.ReadOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Commands about a real image archive. */
@Command(name = "image", mixinStandardHelpOptions = true,
        description = "Reads a real image archive: docker save, OCI layout or oci-archive.",
        subcommands = {ImageCommand.Inspect.class})
final class ImageCommand {
    /** Layers, sizes, what each adds, modifies and removes, and dive's efficiency. */
    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = "Lists the layers, their sizes and changes, wasted bytes and"
                    + " efficiency.")
    static final class Inspect implements Callable<Integer> {
        @Parameters(paramLabel = "ARCHIVE",
                description = "a docker save tar, an OCI layout (folder or tar) or, with"
                        + " --raw, a layer tar")
        Path archive;

        @Mixin
        ImageOptions chosen = new ImageOptions();

        @Option(names = "--raw", description = "read the file as one lone layer tar"
                + " (plain, gzip or zstd)")
        boolean raw;

        @Option(names = "--layer", paramLabel = "N",
                description = "also list the entries of layer N (0 is the bottom layer)")
        Integer layer;

        @Option(names = "--json", description = "one JSON object")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (chosen.blank()) {
                throw new UsageException(chosen.ref != null && chosen.ref.isBlank()
                        ? "--ref must name an image, got an empty value"
                        : "--platform must not be empty");
            }
            if (raw && chosen.given()) {
                throw new UsageException("--raw reads one lone layer, which has no images to"
                        + " choose from: leave out --ref and --platform");
            }
            Image image = ImageReader.read(archive,
                    chosen.choice().applyTo(ReadOptions.defaults().withRaw(raw)));
            if (layer != null && image.layers().isEmpty()) {
                throw new UsageException("--layer " + layer + ": the image has no layers");
            }
            if (layer != null && (layer < 0 || layer >= image.layers().size())) {
                throw new UsageException("--layer must be between 0 and "
                        + (image.layers().size() - 1) + ", got " + layer);
            }
            PrintWriter err = spec.commandLine().getErr();
            image.warnings().forEach(w -> err.println(archive + ": warning: " + w));
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? json(image, layer) + "\n" : text(image, layer));
            out.flush();
            return 0;
        }
    }

    static String text(Image image, Integer layer) {
        StringBuilder out = new StringBuilder();
        out.append(image.format().jsonName())
                .append(image.ref().isEmpty() ? "" : " " + image.ref())
                .append(image.platform().isEmpty() ? "" : " " + image.platform()).append('\n');
        out.append(" layer  digest        size        entries  added  modified  removed"
                + "  created by\n");
        for (Layer l : image.layers()) {
            out.append(String.format(Locale.ROOT, "%6d  %-12s %10d %9d %6d %9d %8d  %s%n",
                    l.index(), shortDigest(l.digest()), l.size(), l.entries().size(),
                    l.added(), l.modified(), l.removed(), l.createdBy()));
        }
        out.append(String.format(Locale.ROOT, "size %d bytes, user size %d bytes, wasted %d"
                + " bytes, efficiency %.4f%n", image.sizeBytes(), image.userSizeBytes(),
                image.wastedBytes(), image.efficiency()));
        if (layer != null) {
            image.layers().get(layer).entries().forEach(e -> out.append(entryLine(e)));
        }
        return out.toString();
    }

    private static String entryLine(Entry e) {
        String target = e.linkTarget().isEmpty() ? "" : " -> " + e.linkTarget();
        return String.format(Locale.ROOT, "  %-8s %c %04o %10d %s%s%n", e.change().jsonName(),
                e.kind().letter(), e.mode(), e.size(), e.path(), target);
    }

    private static String shortDigest(String digest) {
        int colon = digest.indexOf(':');
        return digest.substring(colon + 1, Math.min(digest.length(), colon + 13));
    }

    static String json(Image image, Integer layer) {
        String layers = image.layers().stream()
                .map(l -> layerJson(l, layer != null && l.index() == layer))
                .collect(Collectors.joining(",", "[", "]"));
        String warnings = image.warnings().stream().map(OutcomeJson::string)
                .collect(Collectors.joining(",", "[", "]"));
        return "{\"format\":" + OutcomeJson.string(image.format().jsonName())
                + ",\"ref\":" + OutcomeJson.string(image.ref())
                + ",\"platform\":" + OutcomeJson.string(image.platform())
                + ",\"layers\":" + layers
                + ",\"sizeBytes\":" + image.sizeBytes()
                + ",\"userSizeBytes\":" + image.userSizeBytes()
                + ",\"wastedBytes\":" + image.wastedBytes()
                + ",\"efficiency\":" + image.efficiency()
                + ",\"warnings\":" + warnings + "}";
    }

    private static String layerJson(Layer l, boolean withEntries) {
        String entries = !withEntries ? "" : ",\"entryList\":" + l.entries().stream()
                .map(ImageCommand::entryJson).collect(Collectors.joining(",", "[", "]"));
        return "{\"index\":" + l.index() + ",\"digest\":" + OutcomeJson.string(l.digest())
                + ",\"diffId\":" + OutcomeJson.string(l.diffId())
                + ",\"size\":" + l.size() + ",\"compressedSize\":" + l.compressedSize()
                + ",\"tarSize\":" + l.tarSize() + ",\"entries\":" + l.entries().size()
                + ",\"added\":" + l.added() + ",\"modified\":" + l.modified()
                + ",\"removed\":" + l.removed()
                + ",\"createdBy\":" + OutcomeJson.string(l.createdBy()) + entries + "}";
    }

    private static String entryJson(Entry e) {
        return "{\"path\":" + OutcomeJson.string(e.path())
                + ",\"kind\":" + OutcomeJson.string(e.kind().name().toLowerCase(Locale.ROOT))
                + ",\"size\":" + e.size() + ",\"mode\":" + e.mode()
                + ",\"linkTarget\":" + OutcomeJson.string(e.linkTarget())
                + ",\"mark\":" + OutcomeJson.string(e.change().jsonName()) + "}";
    }
}
