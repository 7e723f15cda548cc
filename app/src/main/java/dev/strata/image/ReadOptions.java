package dev.strata.image;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * How to read an archive.
 *
 * @param ref the image to pick in an archive that holds several (a tag or ref name)
 * @param platform the platform to pick in a multi-platform index ({@code os/arch[/variant]});
 *     without it linux/amd64, else the only one there is
 * @param raw read the file as one lone layer tar (plain, gzip or zstd)
 * @param maxTotalBytes the most uncompressed bytes read from all layers together
 * @param maxRatio the most uncompressed bytes per compressed byte a layer may expand to,
 *     once it is past {@link #RATIO_FLOOR} bytes
 * @param progress hears how far the reading has come
 * @param cancelled true once the reading should stop; it then ends with a
 *     {@link java.util.concurrent.CancellationException}, as it does when the reading
 *     thread is interrupted
 */
public record ReadOptions(Optional<String> ref, Optional<String> platform, boolean raw,
        long maxTotalBytes, long maxRatio, ReadProgress progress, BooleanSupplier cancelled) {
    /** Below this many uncompressed bytes, the ratio of a layer is not checked. */
    public static final long RATIO_FLOOR = 1L << 24;

    public ReadOptions {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        if (maxTotalBytes <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("limits must be positive, got total "
                    + maxTotalBytes + " and ratio " + maxRatio);
        }
    }

    /** No choice made; at most 64 GiB uncompressed and a ratio of 1000 (gzip's best is ~1030). */
    public static ReadOptions defaults() {
        return new ReadOptions(Optional.empty(), Optional.empty(), false, 64L << 30, 1000,
                ReadProgress.NONE, () -> false);
    }

    public ReadOptions withRef(String newRef) {
        return new ReadOptions(Optional.of(newRef), platform, raw, maxTotalBytes, maxRatio,
                progress, cancelled);
    }

    public ReadOptions withPlatform(String newPlatform) {
        return new ReadOptions(ref, Optional.of(newPlatform), raw, maxTotalBytes, maxRatio,
                progress, cancelled);
    }

    public ReadOptions withRaw(boolean newRaw) {
        return new ReadOptions(ref, platform, newRaw, maxTotalBytes, maxRatio,
                progress, cancelled);
    }

    public ReadOptions withLimits(long newMaxTotalBytes, long newMaxRatio) {
        return new ReadOptions(ref, platform, raw, newMaxTotalBytes, newMaxRatio, progress,
                cancelled);
    }

    public ReadOptions withProgress(ReadProgress newProgress) {
        return new ReadOptions(ref, platform, raw, maxTotalBytes, maxRatio, newProgress,
                cancelled);
    }

    public ReadOptions withCancel(BooleanSupplier newCancelled) {
        return new ReadOptions(ref, platform, raw, maxTotalBytes, maxRatio, progress,
                newCancelled);
    }
}
