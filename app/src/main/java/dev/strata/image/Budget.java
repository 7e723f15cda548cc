package dev.strata.image;

import java.util.function.Function;

import dev.strata.source.InputException;

/**
 * How many uncompressed bytes the reading of one image may still produce: a total over all
 * layers and a ratio per layer, so that a decompression bomb stops early with a message.
 */
final class Budget {
    private final long maxTotal;
    private final long maxRatio;
    private final Function<String, InputException> problem;
    private long usedBefore;

    Budget(ReadOptions options, Function<String, InputException> problem) {
        this.maxTotal = options.maxTotalBytes();
        this.maxRatio = options.maxRatio();
        this.problem = problem;
    }

    /** A stream of uncompressed layer bytes that stops when the budget is spent. */
    Metered meter(java.io.InputStream tar, Metered compressed, String label) {
        return new Metered(tar) {
            @Override
            void checkCount(long count) {
                check(count, compressed.count(), label);
            }
        };
    }

    /** Refuses an entry whose header alone claims more than the whole budget. */
    void checkClaim(long claimed, String label, String path) {
        if (claimed > maxTotal - usedBefore) {
            throw problem.apply(label + ": entry " + path + " claims " + claimed
                    + " bytes, more than the " + maxTotal + " bytes an image may unpack to");
        }
    }

    /** Counts a finished layer against the total. */
    void spend(long layerBytes) {
        usedBefore += layerBytes;
    }

    private void check(long count, long compressedCount, String label) {
        if (usedBefore + count > maxTotal) {
            throw problem.apply(label + ": stopped after " + (usedBefore + count)
                    + " uncompressed bytes, more than the limit of " + maxTotal
                    + " (a decompression bomb?)");
        }
        if (count > ReadOptions.RATIO_FLOOR && count / Math.max(1, compressedCount) > maxRatio) {
            throw problem.apply(label + ": stopped at " + count + " bytes from "
                    + compressedCount + " compressed, a ratio above " + maxRatio
                    + " (a decompression bomb?)");
        }
    }
}
