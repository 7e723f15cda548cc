package dev.strata.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.strata.dockerfile.DockerfileParser;
import dev.strata.dockerfile.LayerPlanner;
import dev.strata.dockerfile.PlannedLayer;
import dev.strata.sim.Timeline;
import dev.strata.source.InputWarning;
import dev.strata.workspace.Played;
import dev.strata.workspace.Workspace;

/**
 * A workspace played: the timeline, the Dockerfile line of each planned layer for the
 * inspector, and the warnings to mark in the editors.
 *
 * @param layerLines 1-based Dockerfile line by layer index (1 and up)
 * @param warnings in the order {@link Played#warnings()} gives them
 */
record Replay(Timeline timeline, Map<Integer, Integer> layerLines,
        List<InputWarning> warnings) {
    Replay {
        Objects.requireNonNull(timeline, "timeline");
        layerLines = Map.copyOf(layerLines);
        warnings = List.copyOf(warnings);
    }

    /** Plays the workspace; throws {@code InputException} at the first mistake. */
    static Replay of(Workspace workspace) {
        Played played = workspace.play();
        return new Replay(played.timeline(), layerLines(workspace), played.warnings());
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
