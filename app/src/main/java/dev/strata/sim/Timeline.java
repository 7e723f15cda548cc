package dev.strata.sim;

import java.util.List;
import java.util.Objects;

/** A whole played scenario: frame 0 is the starting cluster, frame N follows step N. */
public record Timeline(Scenario scenario, List<Frame> frames) {
    public Timeline {
        Objects.requireNonNull(scenario, "scenario");
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a timeline has at least its starting frame");
        }
    }

    /** The last frame index. */
    public int lastIndex() {
        return frames.size() - 1;
    }

    public Frame frame(int index) {
        return frames.get(index);
    }
}
