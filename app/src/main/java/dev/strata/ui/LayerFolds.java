package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;

import dev.strata.sim.ClusterState.LayerState;

/**
 * Which layers share a band. The layers a real image's base brought (all labelled FROM) are
 * one band; past {@code maxBands}, the oldest layers above the base fold into one band, so
 * the newest layers, where a Dockerfile's own work is, stay readable.
 */
final class LayerFolds {
    private LayerFolds() {
    }

    /** Runs of layers, bottom first; each run is drawn as one band. */
    static List<List<LayerState>> of(List<LayerState> layers, int maxBands) {
        List<List<LayerState>> runs = new ArrayList<>();
        int next = 0;
        List<LayerState> base = new ArrayList<>();
        while (next < layers.size() && isBase(layers.get(next))) {
            base.add(layers.get(next++));
        }
        if (!base.isEmpty()) {
            runs.add(base);
        }
        int rest = layers.size() - next;
        int room = Math.max(2, maxBands - runs.size());
        if (rest > room) {
            int folded = rest - (room - 1);
            runs.add(List.copyOf(layers.subList(next, next + folded)));
            next += folded;
        }
        for (; next < layers.size(); next++) {
            runs.add(List.of(layers.get(next)));
        }
        return runs;
    }

    private static boolean isBase(LayerState layer) {
        return layer.index() == 0 || layer.instruction().equals("FROM");
    }
}
