package dev.strata.dockerfile;

import java.util.Objects;

/**
 * Where a {@code COPY --from} of the built chain reads.
 *
 * @param line the 1-based line of the COPY
 * @param from the stage name (or index) or image, variables expanded
 * @param stage true when {@code from} is a stage of the Dockerfile, false for an image
 */
public record CopySource(int line, String from, boolean stage) {
    public CopySource {
        Objects.requireNonNull(from, "from");
    }
}
