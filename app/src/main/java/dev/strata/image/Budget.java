package dev.strata.image;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import dev.strata.source.InputException;

/**
 * How many uncompressed bytes the reading of one image may still produce: a total over all
 * layers and a ratio per layer past a floor, so that a decompression bomb stops with a
 * message (why these limits: {@link ReadOptions}).
 * Layers may be read on several threads at once; the total counts them all as they go.
 */
final class Budget {
    private final long maxTotal;
    private final long maxRatio;
    private final long ratioFloor;
    private final Function<String, InputException> problem;
    private final AtomicLong used = new AtomicLong();
    private final AtomicLong finished = new AtomicLong();

    Budget(ReadOptions options, Function<String, InputException> problem) {
        this.maxTotal = options.maxTotalBytes();
        this.maxRatio = options.maxRatio();
        this.ratioFloor = options.ratioFloor();
        this.problem = problem;
    }

    /** A stream of uncompressed layer bytes that stops when the budget is spent. */
    Metered meter(InputStream tar, Metered compressed, String label) {
        return new Metered(tar) {
            private long counted;

            @Override
            void checkCount(long count) {
                long total = used.addAndGet(count - counted);
                counted = count;
                check(total, count, compressed.count(), label);
            }
        };
    }

    /**
     * Refuses an entry whose header alone claims more than the layers read to the end have
     * left of the budget.
     */
    void checkClaim(long claimed, String label, String path) {
        if (claimed > maxTotal - finished.get()) {
            throw problem.apply(label + ": entry " + path + " claims " + claimed
                    + " bytes, more than the " + maxTotal + " bytes an image may unpack to");
        }
    }

    /** Counts a layer read to the end. */
    void spend(long layerBytes) {
        finished.addAndGet(layerBytes);
    }

    private void check(long total, long count, long compressedCount, String label) {
        if (total > maxTotal) {
            throw problem.apply(label + ": stopped after " + total
                    + " uncompressed bytes, more than the limit of " + maxTotal
                    + " (a decompression bomb?)");
        }
        if (count > ratioFloor && count / Math.max(1, compressedCount) > maxRatio) {
            throw problem.apply(label + ": stopped at " + count + " bytes from "
                    + compressedCount + " compressed, a ratio above " + maxRatio
                    + " (a decompression bomb?)");
        }
    }
}
