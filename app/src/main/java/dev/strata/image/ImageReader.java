package dev.strata.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

import dev.strata.image.LayerReader.RawLayer;
import dev.strata.image.Selection.LayerBlob;
import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

/**
 * Reads an image from an archive or a layout directory, streaming: nothing is extracted
 * and no file content is kept. Bad input of any kind is an {@link InputException} that
 * names the archive and, where it helps, the member or entry.
 */
public final class ImageReader {
    private static final String NOT_AN_IMAGE = "not an image archive: no manifest.json,"
            + " index.json or repositories";
    private static final String RAW_HINT = "; a lone layer tar can be read with"
            + " strata image inspect --raw";

    private ImageReader() {
    }

    /**
     * Reads the image an archive, a layout directory or (with raw) a layer file holds. The
     * options' listener hears the progress; a cancel or an interrupt of this thread ends the
     * reading soon with a {@link java.util.concurrent.CancellationException}.
     */
    public static Image read(Path archive, ReadOptions options) throws IOException {
        try {
            return readAny(archive, options);
        } catch (OutOfMemoryError e) {
            // What was read so far is unreachable here, so there is room for a message.
            long heap = Runtime.getRuntime().maxMemory() >> 20;
            throw problemIn(archive).apply("too large to read in the " + heap + " MiB of heap"
                    + " Java may use; try twice that, JAVA_TOOL_OPTIONS=-Xmx" + 2 * heap + "m");
        }
    }

    /** An interrupt closes the file channel being read; that too ends in a cancel. */
    private static Image readAny(Path archive, ReadOptions options) throws IOException {
        try {
            return readPath(archive, options);
        } catch (ClosedByInterruptException e) {
            CancellationException cancelled = new CancellationException("reading " + archive
                    + " was interrupted");
            cancelled.initCause(e);
            throw cancelled;
        }
    }

    private static Image readPath(Path archive, ReadOptions options) throws IOException {
        Function<String, InputException> problem = problemIn(archive);
        if (Files.isDirectory(archive)) {
            if (options.raw()) {
                throw problem.apply("--raw reads a layer file, not a directory");
            }
            try (DirectoryArchive directory = new DirectoryArchive(archive)) {
                return read(directory, options, ImageFormat.OCI_LAYOUT);
            }
        }
        if (!Files.isRegularFile(archive)) {
            throw problem.apply("no such file");
        }
        return options.raw() ? readLayer(archive, options) : readTar(archive, options);
    }

    private static Image readTar(Path file, ReadOptions options) throws IOException {
        refuseCompressed(file);
        TarArchive tar;
        try {
            tar = TarArchive.open(file);
        } catch (ClosedByInterruptException e) {
            throw e;
        } catch (TarArchive.TruncatedException e) {
            throw problemIn(file).apply("the archive is truncated or corrupt: "
                    + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw problemIn(file).apply("not an image archive: not a tar (" + e.getMessage()
                    + ")");
        }
        try (tar) {
            return read(tar, options, ImageFormat.OCI_ARCHIVE);
        }
    }

    /**
     * Refuses a compressed archive, named by its first bytes: {@code docker load} takes
     * gzip, bzip2, xz and zstd, but an archive is read here in place, which a compressed one
     * cannot be. Reading one would take two streaming passes (the small JSON members first,
     * then the layers as they come); until then the message says how to decompress it.
     */
    private static void refuseCompressed(Path file) throws IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(6);
        }
        Optional<Compression> compression = Compression.of(magic);
        if (compression.isPresent()) {
            throw problemIn(file).apply("a " + compression.get().label() + " file: a"
                    + " compressed image archive must be decompressed first ("
                    + compression.get().command() + " " + file + "); a lone compressed layer"
                    + " can be read with strata image inspect --raw");
        }
    }

    private static Image read(Archive archive, ReadOptions options, ImageFormat layoutFormat)
            throws IOException {
        Selection selection;
        if (archive.present("manifest.json")) {
            ImageFormat format = archive.has("oci-layout") ? ImageFormat.DOCKER_OCI_ARCHIVE
                    : ImageFormat.DOCKER_ARCHIVE;
            selection = DockerArchives.withManifest(archive, options, format);
        } else if (archive.present("index.json")) {
            selection = OciLayouts.select(archive, options, layoutFormat);
        } else if (isOldDockerArchive(archive)) {
            selection = DockerArchives.withoutManifest(archive, options);
        } else {
            throw archive.problem(NOT_AN_IMAGE + RAW_HINT);
        }
        return assemble(archive, selection, options);
    }

    private static boolean isOldDockerArchive(Archive archive) {
        return archive.has("repositories") || archive.members().stream()
                .anyMatch(m -> m.endsWith("/json") && archive.has(
                        m.substring(0, m.length() - "json".length()) + "layer.tar"));
    }

    private static Image assemble(Archive archive, Selection selection, ReadOptions options)
            throws IOException {
        Budget budget = new Budget(options, archive::problem);
        Stacker stacker = new Stacker(archive::problem);
        Progress progress = new Progress(options, archive.name(), totalSize(archive, selection),
                selection.layers().size());
        List<String> diffIds = selection.diffIds();
        List<String> createdBy = selection.createdBy();
        List<String> warnings = new ArrayList<>(selection.warnings());
        checkSizes(archive, selection);
        if (!diffIds.isEmpty() && diffIds.size() != selection.layers().size()) {
            warnings.add("the config lists " + diffIds.size() + " diff ids for "
                    + selection.layers().size() + " layers; diff ids not checked");
        }
        List<Layer> layers = new ArrayList<>();
        progress.startLayer(0);
        try (LayerReads reads = new LayerReads(archive, selection.layers(), budget, progress)) {
            for (int i = 0; i < selection.layers().size(); i++) {
                LayerBlob blob = selection.layers().get(i);
                String label = LayerReads.label(i, blob);
                progress.startLayer(i);
                RawLayer raw = reads.next();
                String diffId = diffIds.size() == selection.layers().size() ? diffIds.get(i)
                        : "";
                verifyDigest(archive, label, blob, raw.digest(), warnings);
                verify(archive, label, diffId, raw.diffId(), "diff id");
                warnings.addAll(raw.warnings());
                layers.add(stacker.push(i, raw, createdBy.get(i), label));
            }
        }
        progress.finish();
        warnings.addAll(stacker.warnings());
        return image(selection, layers, stacker, warnings);
    }

    private static long totalSize(Archive archive, Selection selection) throws IOException {
        long total = 0;
        for (LayerBlob blob : selection.layers()) {
            total += blob.member().isEmpty() ? 0 : archive.size(blob.member());
        }
        return total;
    }

    private static void checkSizes(Archive archive, Selection selection) throws IOException {
        for (int i = 0; i < selection.layers().size(); i++) {
            LayerBlob blob = selection.layers().get(i);
            Blobs.checkSize(archive, LayerReads.label(i, blob), blob.member(), blob.size());
        }
    }

    /** Layers stream through SHA-256; a layer named by another digest is hashed again. */
    private static void verifyDigest(Archive archive, String label, LayerBlob blob,
            String sha256, List<String> warnings) throws IOException {
        String expected = blob.digest();
        if (expected.isEmpty() || expected.startsWith("sha256:")) {
            verify(archive, label, expected, sha256, "digest");
        } else if (Digests.supported(expected)) {
            try (InputStream in = archive.open(blob.member())) {
                verify(archive, label, expected, Digests.of(expected, in).orElseThrow(),
                        "digest");
            }
        } else {
            warnings.add(Blobs.unverified(label, expected));
        }
    }

    private static void verify(Archive archive, String label, String expected, String actual,
            String what) {
        if (!expected.isEmpty() && !expected.equals(actual)) {
            throw archive.problem(label + ": " + what + " " + actual + " does not match the "
                    + expected + " the manifest names");
        }
    }

    private static Image readLayer(Path file, ReadOptions options) throws IOException {
        Function<String, InputException> problem = problemIn(file);
        Budget budget = new Budget(options, problem);
        Stacker stacker = new Stacker(problem);
        Progress progress = new Progress(options, file.toString(), Files.size(file), 1);
        RawLayer raw;
        progress.startLayer(0);
        try (InputStream in = progress.watch(Files.newInputStream(file))) {
            raw = LayerReader.read(in, "layer 0", budget, problem);
        }
        progress.finish();
        List<Layer> layers = List.of(stacker.push(0, raw, "", "layer 0"));
        List<String> warnings = new ArrayList<>(raw.warnings());
        warnings.addAll(stacker.warnings());
        Selection selection = new Selection(ImageFormat.LAYER, "", null, List.of(),
                List.of());
        return image(selection, layers, stacker, warnings);
    }

    private static Image image(Selection selection, List<Layer> layers, Stacker stacker,
            List<String> warnings) {
        long size = layers.stream().mapToLong(Layer::size).sum();
        long userSize = size - (layers.isEmpty() ? 0 : layers.get(0).size());
        Efficiency efficiency = stacker.efficiency();
        return new Image(selection.format(), selection.ref(), selection.platform(), layers,
                selection.history(), stacker.finish(), size, userSize,
                efficiency.wastedBytes(), efficiency.score(), warnings);
    }

    private static Function<String, InputException> problemIn(Path archive) {
        return message -> new InputException(SourcePosition.startOf(archive.toString()),
                message);
    }
}
