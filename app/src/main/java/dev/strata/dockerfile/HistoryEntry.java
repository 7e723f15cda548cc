package dev.strata.dockerfile;

import java.util.Objects;

/**
 * One instruction of the built stage chain as the image history records it.
 *
 * @param line 1-based line of the instruction
 * @param instruction keyword in upper case
 * @param text the instruction as written, continuations joined
 * @param emptyLayer true when the instruction adds no filesystem layer
 *     (OCI image-spec config.md, history.empty_layer)
 */
public record HistoryEntry(int line, String instruction, String text, boolean emptyLayer) {
    public HistoryEntry {
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(text, "text");
    }
}
