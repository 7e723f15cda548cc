package dev.strata.dockerfile;

import java.util.List;
import java.util.Objects;

/**
 * What a Dockerfile builds: the base image and the filesystem layers on top of it, in order,
 * plus the instructions that only add history.
 *
 * @param base the external image the stage chain starts from, or {@code scratch}
 * @param layers the filesystem layers above the base, bottom first
 * @param history every instruction of the chain in order, with whether it made a layer
 */
public record ImagePlan(String base, List<PlannedLayer> layers, List<HistoryEntry> history) {
    public ImagePlan {
        Objects.requireNonNull(base, "base");
        layers = List.copyOf(layers);
        history = List.copyOf(history);
    }
}
