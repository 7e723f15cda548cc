package dev.strata.dockerfile;

import java.util.Objects;

/**
 * A path a planned layer puts in the image.
 *
 * @param path absolute, normalised path inside the image (no trailing slash)
 * @param size bytes, or {@link #UNKNOWN_SIZE} when the source is not available
 * @param directory true for a directory
 */
public record PlannedFile(String path, long size, boolean directory) {
    public static final long UNKNOWN_SIZE = -1;

    public PlannedFile {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must be absolute: " + path);
        }
    }
}
