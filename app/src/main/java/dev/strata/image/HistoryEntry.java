package dev.strata.image;

import java.util.Objects;

/**
 * One entry of the image config's history.
 *
 * @param createdBy the command that made it, as the builder wrote it (may be empty)
 * @param emptyLayer true when it made no filesystem layer (ENV, CMD, LABEL...)
 */
public record HistoryEntry(String createdBy, boolean emptyLayer) {
    public HistoryEntry {
        Objects.requireNonNull(createdBy, "createdBy");
    }
}
