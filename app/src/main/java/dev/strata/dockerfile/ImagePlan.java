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
 * @param target the label of the stage built (its name, or its index), empty if unknown
 * @param platform the platform built for, {@code os/arch[/variant]}
 * @param copiesFrom each {@code COPY --from} of the chain, in order
 * @param warnings what the Dockerfile's checks report, in file order
 */
public record ImagePlan(
        String base,
        List<PlannedLayer> layers,
        List<HistoryEntry> history,
        String target,
        String platform,
        List<CopySource> copiesFrom,
        List<Warning> warnings) {
    public ImagePlan {
        Objects.requireNonNull(base, "base");
        layers = List.copyOf(layers);
        history = List.copyOf(history);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(platform, "platform");
        copiesFrom = List.copyOf(copiesFrom);
        warnings = List.copyOf(warnings);
    }

    /** A plan that knows only its base, layers and history. */
    public ImagePlan(String base, List<PlannedLayer> layers, List<HistoryEntry> history) {
        this(base, layers, history, "", PlanOptions.DEFAULT_PLATFORM, List.of(), List.of());
    }
}
