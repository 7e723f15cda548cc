package dev.strata.ui;

import java.util.List;
import java.util.stream.IntStream;

import dev.strata.sim.ClusterState.LayerState;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LayerFoldsTest {
    @Test
    void aShortStackKeepsOneBandPerLayer() {
        List<List<LayerState>> runs = LayerFolds.of(layers(5, 1), 7);

        assertThat(runs).hasSize(5).allMatch(r -> r.size() == 1);
    }

    @Test
    void aRealImagesBaseLayersShareOneBand() {
        List<List<LayerState>> runs = LayerFolds.of(layers(6, 4), 7);

        assertThat(runs).extracting(List::size).containsExactly(4, 1, 1);
    }

    @Test
    void aTallStackFoldsItsOldestLayersAboveTheBaseAndKeepsTheNewest() {
        List<List<LayerState>> runs = LayerFolds.of(layers(14, 1), 7);

        assertThat(runs).hasSize(7);
        assertThat(runs.get(1)).extracting(LayerState::index)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(runs.get(6)).extracting(LayerState::index).containsExactly(13);
    }

    private static List<LayerState> layers(int count, int base) {
        return IntStream.range(0, count).mapToObj(i -> new LayerState(i,
                i < base ? "FROM" : "RUN", "layer " + i, 10, true, List.of())).toList();
    }
}
