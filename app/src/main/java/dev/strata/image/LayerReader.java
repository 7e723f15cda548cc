package dev.strata.image;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.strata.source.InputException;

import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

/**
 * Reads one layer blob as it streams by: tells tar, gzip and zstd apart by their first
 * bytes, lists the tar's entries without keeping their content, and hashes both the blob
 * and the tar inside it.
 */
final class LayerReader {
    private static final int BUFFER = 1 << 16;
    private static final String WHITEOUT = ".wh.";
    private static final String OPAQUE = ".wh..wh..opq";

    /** A layer as read, before it is compared with the layers below. */
    record RawLayer(List<Entry> entries, Efficiency.LayerCosts costs, String digest,
            String diffId, long compressedSize, long tarSize, List<String> warnings) {
    }

    private final String label;
    private final Budget budget;
    private final Function<String, InputException> problem;
    private final List<String> warnings = new ArrayList<>();

    private LayerReader(String label, Budget budget, Function<String, InputException> problem) {
        this.label = label;
        this.budget = budget;
        this.problem = problem;
    }

    /**
     * Reads a whole layer blob; {@code label} names the layer in messages. Any damage is an
     * {@link InputException}.
     */
    static RawLayer read(InputStream blob, String label, Budget budget,
            Function<String, InputException> problem) {
        try {
            return new LayerReader(label, budget, problem).read(blob);
        } catch (Decoded.Failure e) {
            throw problem.apply(label + ": truncated or corrupt " + e.format + " stream ("
                    + describe(e.getCause()) + ")");
        } catch (IOException e) {
            throw problem.apply(label + ": truncated or corrupt: " + describe(e));
        }
    }

    /** What went wrong, never {@code null}: some decompressors throw with no message. */
    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (message != null && !message.isBlank()) {
            return message;
        }
        return e instanceof EOFException ? "unexpected end of input"
                : e.getClass().getSimpleName();
    }

    private RawLayer read(InputStream blob) throws IOException {
        Metered compressed = new Metered(blob);
        BufferedInputStream buffered = new BufferedInputStream(compressed, BUFFER);
        Metered tar = budget.meter(decompress(buffered), compressed, label);
        TailPadding padded = new TailPadding(new BufferedInputStream(tar, BUFFER));
        List<Entry> entries = entries(new TarEntries(padded, new byte[BUFFER]));

        tar.drain();
        compressed.drain();
        budget.spend(tar.count());
        return new RawLayer(entries, Efficiency.LayerCosts.of(entries), compressed.digest(),
                tar.digest(), compressed.count(), tar.count(), warnings);
    }

    private InputStream decompress(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return new Decoded(new GzipCompressorInputStream(in, true), "gzip");
        }
        if (magic.length == 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5
                && (magic[2] & 0xff) == 0x2f && (magic[3] & 0xff) == 0xfd) {
            return new Decoded(new ZstdCompressorInputStream(in), "zstd");
        }
        return in;
    }

    private List<Entry> entries(TarEntries tar) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (TarHeader e = tar.next(); e != null; e = tar.next()) {
            entry(e).ifPresent(entries::add);
        }
        return entries;
    }

    private Optional<Entry> entry(TarHeader e) {
        String raw = e.name();
        String path = Paths.normalize(raw).orElseThrow(() -> problem.apply(
                label + ": entry " + raw + " climbs out of the image root with .."));
        if (raw.startsWith("/")) {
            warnOnce("entry " + raw + " has an absolute name; read as relative to the root");
        }
        if (path.equals("/")) {
            return Optional.empty();
        }
        String overLimit = Paths.overLinuxLimits(path);
        if (overLimit != null) {
            throw problem.apply(label + ": entry " + Paths.shortened(raw) + " " + overLimit
                    + "; no runtime could unpack it");
        }
        budget.checkClaim(e.size(), label, path);
        if (!path.startsWith(WHITEOUT, path.lastIndexOf('/') + 1)) {
            return Optional.of(plain(e, path));
        }
        if (isOverlayMetadata(Paths.name(path))) {
            warnOnce("entry " + path + " is overlay metadata; skipped");
            return Optional.empty();
        }
        return Optional.of(marker(path));
    }

    /** Names like {@code .wh..wh.plnk} that aufs kept for itself, and a bare {@code .wh.}. */
    private static boolean isOverlayMetadata(String name) {
        return name.equals(WHITEOUT)
                || name.startsWith(WHITEOUT + WHITEOUT) && !name.equals(OPAQUE);
    }

    /** The whiteout or opaque marker a {@code .wh.} name stands for. */
    private static Entry marker(String path) {
        String name = Paths.name(path);
        String parent = Paths.parent(path);
        if (name.equals(OPAQUE)) {
            return new Entry(parent, EntryKind.OPAQUE, 0, 0, "", Change.REMOVED);
        }
        String removed = Paths.child(parent, name.substring(WHITEOUT.length()));
        return new Entry(removed, EntryKind.WHITEOUT, 0, 0, "", Change.REMOVED);
    }

    private Entry plain(TarHeader e, String path) {
        String target = switch (e.kind()) {
            case SYMLINK -> e.linkName();
            case HARDLINK -> Paths.normalize(e.linkName()).orElseThrow(() -> problem.apply(
                    label + ": hard link " + path + " points out of the image root"));
            default -> "";
        };
        long size = e.kind() == EntryKind.FILE ? e.realSize() : e.size();
        return new Entry(path, e.kind(), size, e.mode() & 07777, target, Change.ADDED);
    }

    /** A decompressing stream whose failures say which format failed. */
    private static final class Decoded extends FilterInputStream {
        private final String format;

        Decoded(InputStream in, String format) {
            super(in);
            this.format = format;
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                throw new Failure(format, e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return in.read(buffer, offset, length);
            } catch (IOException e) {
                throw new Failure(format, e);
            }
        }

        /** The decompressor's own exception, as the cause. */
        static final class Failure extends IOException {
            private static final long serialVersionUID = 1L;
            private final String format;

            Failure(String format, IOException cause) {
                super(format, cause);
                this.format = format;
            }
        }
    }

    private void warnOnce(String warning) {
        if (warnings.stream().noneMatch(w -> w.startsWith(label))) {
            warnings.add(label + ": " + warning);
        }
    }
}
