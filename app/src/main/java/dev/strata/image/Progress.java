package dev.strata.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The reading of one image as it goes: counts the layer bytes read on every thread, tells
 * the listener every so often, and stops the reading with a {@link CancellationException}
 * once it is cancelled or the thread that started it is interrupted.
 */
final class Progress {
    /** How many bytes pass between two reports. */
    static final long STEP = 1 << 20;

    private final ReadProgress listener;
    private final BooleanSupplier cancelled;
    private final Thread reader = Thread.currentThread();
    private final String name;
    private final long total;
    private final int layers;
    private final AtomicLong read = new AtomicLong();
    private long reported = -STEP;
    private volatile int layer;

    Progress(ReadOptions options, String name, long total, int layers) {
        this.listener = options.progress();
        this.cancelled = options.cancelled();
        this.name = name;
        this.total = total;
        this.layers = layers;
    }

    /** Throws when the reading should stop. */
    void check() {
        if (cancelled.getAsBoolean() || reader.isInterrupted()) {
            throw new CancellationException("reading " + name + " was cancelled");
        }
    }

    /** The reading now waits for this layer. */
    void startLayer(int index) {
        check();
        layer = index;
        report(read.get(), true);
    }

    /** Everything was read. */
    void finish() {
        layer = layers;
        report(total, true);
    }

    /** A layer blob's stream that counts its bytes here and stops when cancelled. */
    InputStream watch(InputStream blob) {
        return new FilterInputStream(blob) {
            @Override
            public int read() throws IOException {
                check();
                int b = in.read();
                advance(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                check();
                int n = in.read(buffer, offset, length);
                advance(Math.max(n, 0));
                return n;
            }
        };
    }

    private void advance(long n) {
        if (n > 0) {
            report(read.addAndGet(n), false);
        }
    }

    private synchronized void report(long now, boolean always) {
        if (always || now - reported >= STEP) {
            reported = now;
            listener.update(Math.min(now, total), total, Math.min(layer, layers), layers);
        }
    }
}
