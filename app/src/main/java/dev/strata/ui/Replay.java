package dev.strata.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import dev.strata.dockerfile.DockerfileParser;
import dev.strata.dockerfile.LayerPlanner;
import dev.strata.dockerfile.PlannedLayer;
import dev.strata.sim.Timeline;
import dev.strata.workspace.Workspace;

/**
 * A workspace played: the timeline, and the Dockerfile line of each planned layer for the
 * inspector.
 *
 * @param layerLines 1-based Dockerfile line by layer index (1 and up)
 */
record Replay(Timeline timeline, Map<Integer, Integer> layerLines) {
    Replay {
        Objects.requireNonNull(timeline, "timeline");
        layerLines = Map.copyOf(layerLines);
    }

    /** Plays the workspace; throws {@code InputException} at the first mistake. */
    static Replay of(Workspace workspace) {
        Timeline timeline = workspace.play().timeline();
        return new Replay(timeline, layerLines(workspace));
    }

    private static Map<Integer, Integer> layerLines(Workspace workspace) {
        Map<Integer, Integer> lines = new HashMap<>();
        workspace.dockerfile().ifPresent(text -> {
            for (PlannedLayer layer : LayerPlanner.plan(
                    DockerfileParser.parse(text.content(), text.name()),
                    workspace.planOptions()).layers()) {
                lines.put(layer.index(), layer.line());
            }
        });
        return lines;
    }
}
