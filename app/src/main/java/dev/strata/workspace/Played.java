package dev.strata.workspace;

import java.util.List;
import java.util.Objects;

import dev.strata.sim.Timeline;
import dev.strata.source.InputWarning;

/**
 * A workspace played: its timeline and what its inputs hold that is probably not meant.
 *
 * @param timeline the scenario played on the cluster
 * @param warnings the Dockerfile's, then the manifest's, then the image archive's, each
 *     file's in the order of their positions
 */
public record Played(Timeline timeline, List<InputWarning> warnings) {
    public Played {
        Objects.requireNonNull(timeline, "timeline");
        warnings = List.copyOf(warnings);
    }
}
