package dev.strata.image;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.strata.image.LayerReader.RawLayer;
import dev.strata.image.Selection.LayerBlob;

/**
 * Reads the layer blobs of an image a few at a time on their own threads and hands them
 * over bottom first. At most {@link #AHEAD} layers are read ahead of the one taken, so that
 * memory stays bounded however many layers there are.
 */
final class LayerReads implements AutoCloseable {
    /** Decompressing and hashing are the bulk of the work; two layers keep two cores busy. */
    static final int AHEAD = 2;

    private final Archive archive;
    private final List<LayerBlob> blobs;
    private final Budget budget;
    private final Progress progress;
    private final ExecutorService threads;
    private final Deque<Future<RawLayer>> pending = new ArrayDeque<>();
    private int submitted;

    LayerReads(Archive archive, List<LayerBlob> blobs, Budget budget, Progress progress) {
        this.archive = archive;
        this.blobs = List.copyOf(blobs);
        this.budget = budget;
        this.progress = progress;
        this.threads = Executors.newFixedThreadPool(AHEAD, task -> {
            Thread thread = new Thread(task, "strata-layer-reader");
            thread.setDaemon(true);
            return thread;
        });
        while (submitted < Math.min(AHEAD, this.blobs.size())) {
            submitNext();
        }
    }

    /** The name of layer i in messages. */
    static String label(int i, LayerBlob blob) {
        return "layer " + i + " (" + blob.member() + ")";
    }

    /**
     * The next layer up, read to the end; its errors are thrown here, in layer order. A
     * {@link CancellationException} when the reading is cancelled or this thread interrupted.
     */
    RawLayer next() throws IOException {
        Future<RawLayer> next = pending.removeFirst();
        if (submitted < blobs.size()) {
            submitNext();
        }
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException(
                    "reading " + archive.name() + " was interrupted");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private void submitNext() {
        int i = submitted++;
        LayerBlob blob = blobs.get(i);
        pending.addLast(threads.submit(() -> read(label(i, blob), blob)));
    }

    private RawLayer read(String label, LayerBlob blob) throws IOException {
        if (blob.member().isEmpty() || !archive.has(blob.member())) {
            throw archive.problem(label + ": named in the manifest but missing from the"
                    + " archive");
        }
        try (InputStream in = progress.watch(archive.open(blob.member()))) {
            return LayerReader.read(in, label, budget, archive::problem);
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException e) {
            throw e;
        } else if (cause instanceof Error e) {
            throw e;
        } else if (cause instanceof IOException e) {
            return e;
        }
        return new IOException(cause);
    }

    /** Stops the layers still being read, as when an earlier one failed. */
    @Override
    public void close() {
        pending.forEach(f -> f.cancel(true));
        threads.shutdownNow();
        try {
            threads.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
