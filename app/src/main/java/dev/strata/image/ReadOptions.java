package dev.strata.image;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * How to read an archive.
 *
 * <p>Decompression bombs stop at two limits, each with a message. The total is the hard
 * stop: 64 GiB uncompressed over all layers, far above the images nodes pull, checked
 * on each entry's header (before its content is read) and on the bytes as they stream. The
 * ratio stops a layer early when it expands far more than real layers do, but a ratio alone
 * cannot tell a bomb from a file of zeros: deflate's ceiling is about 1032:1 and a zeroed
 * file reaches it ({@code dd if=/dev/zero of=/swapfile bs=1M count=100} gzips at 1028:1),
 * and zstd's ceiling is far higher still. So the ratio is checked only once a layer has
 * produced {@code ratioFloor} bytes (1 GiB by default, past which a layer that is mostly
 * zeros is rare), and its default, 1100, lies above deflate's ceiling: no gzip layer
 * ever trips it, and a zstd layer only when, past its first GiB, it has expanded more than
 * 1100 times, as a small zstd bomb does. What passes both is still stopped by the total.
 *
 * @param ref the image to pick in an archive that holds several (a tag or ref name)
 * @param platform the platform to pick in a multi-platform index ({@code os/arch[/variant]});
 *     without it linux/amd64, else the only one there is
 * @param raw read the file as one lone layer tar (plain, gzip or zstd)
 * @param maxTotalBytes the most uncompressed bytes read from all layers together
 * @param maxRatio the most uncompressed bytes per compressed byte a layer may expand to,
 *     once it is past {@code ratioFloor} bytes
 * @param ratioFloor the uncompressed bytes of a layer below which its ratio is not checked
 * @param progress hears how far the reading has come
 * @param cancelled true once the reading should stop; it then ends with a
 *     {@link java.util.concurrent.CancellationException}, as it does when the reading
 *     thread is interrupted
 */
public record ReadOptions(Optional<String> ref, Optional<String> platform, boolean raw,
        long maxTotalBytes, long maxRatio, long ratioFloor, ReadProgress progress,
        BooleanSupplier cancelled) {
    /** The default total: 64 GiB. */
    public static final long MAX_TOTAL = 64L << 30;
    /** The default ratio, above deflate's ceiling of about 1032:1. */
    public static final long MAX_RATIO = 1100;
    /** The default floor of the ratio: 1 GiB of a layer's output. */
    public static final long RATIO_FLOOR = 1L << 30;

    public ReadOptions {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        if (maxTotalBytes <= 0 || maxRatio <= 0 || ratioFloor < 0) {
            throw new IllegalArgumentException("limits must be positive, got total "
                    + maxTotalBytes + ", ratio " + maxRatio + " and floor " + ratioFloor);
        }
    }

    /** No choice made, and the default limits. */
    public static ReadOptions defaults() {
        return new ReadOptions(Optional.empty(), Optional.empty(), false, MAX_TOTAL, MAX_RATIO,
                RATIO_FLOOR, ReadProgress.NONE, () -> false);
    }

    public ReadOptions withRef(String newRef) {
        return new ReadOptions(Optional.of(newRef), platform, raw, maxTotalBytes, maxRatio,
                ratioFloor, progress, cancelled);
    }

    public ReadOptions withPlatform(String newPlatform) {
        return new ReadOptions(ref, Optional.of(newPlatform), raw, maxTotalBytes, maxRatio,
                ratioFloor, progress, cancelled);
    }

    public ReadOptions withRaw(boolean newRaw) {
        return new ReadOptions(ref, platform, newRaw, maxTotalBytes, maxRatio,
                ratioFloor, progress, cancelled);
    }

    public ReadOptions withLimits(long newMaxTotalBytes, long newMaxRatio) {
        return withLimits(newMaxTotalBytes, newMaxRatio, ratioFloor);
    }

    public ReadOptions withLimits(long newMaxTotalBytes, long newMaxRatio, long newRatioFloor) {
        return new ReadOptions(ref, platform, raw, newMaxTotalBytes, newMaxRatio,
                newRatioFloor, progress, cancelled);
    }

    public ReadOptions withProgress(ReadProgress newProgress) {
        return new ReadOptions(ref, platform, raw, maxTotalBytes, maxRatio, ratioFloor,
                newProgress, cancelled);
    }

    public ReadOptions withCancel(BooleanSupplier newCancelled) {
        return new ReadOptions(ref, platform, raw, maxTotalBytes, maxRatio, ratioFloor,
                progress, newCancelled);
    }
}
