package dev.strata.sim;

import java.util.List;

import dev.strata.manifest.AccessMode;
import dev.strata.manifest.Manifest;

import org.junit.jupiter.api.Test;

import static dev.strata.sim.Fixtures.samplePlan;
import static dev.strata.sim.Fixtures.tour;
import static org.assertj.core.api.Assertions.assertThat;

class DefaultScenarioTest {
    @Test
    void everyReplicaWritesIntoItsUpperLayerAndEachOfItsVolumes() {
        Manifest manifest = tour(AccessMode.READ_WRITE_MANY);
        Scenario scenario = DefaultScenario.of(samplePlan(), manifest, 2);

        List<Outcome> outcomes = Fixtures.play(samplePlan(), manifest, scenario);

        for (int replica = 1; replica <= 3; replica++) {
            int r = replica;
            assertThat(outcomes).filteredOn(o -> o.step().op() == Op.WRITE
                    && o.actor().orElseThrow().replica() == r)
                    .extracting(o -> o.place().lands())
                    .containsExactly(Lands.UPPER, Lands.EMPTY_DIR, Lands.PVC);
        }
    }

    @Test
    void itEndsWithAReadADeleteOfAnImageFileAndARestart() {
        Manifest manifest = tour(AccessMode.READ_WRITE_MANY);

        List<Outcome> outcomes = Fixtures.play(samplePlan(), manifest,
                DefaultScenario.of(samplePlan(), manifest, 2));
        List<Outcome> last = outcomes.subList(outcomes.size() - 3, outcomes.size());

        assertThat(last.get(0).place()).isEqualTo(Place.image(4));
        assertThat(last.get(1)).isInstanceOf(Outcome.WhitedOut.class);
        assertThat(last.get(1).actor().orElseThrow().replica()).isEqualTo(2);
        assertThat(last.get(2).step().op()).isEqualTo(Op.RESTART);
    }

    @Test
    void aManifestThatRunsNothingGivesANarration() {
        Manifest empty = new Manifest("e.yaml", List.of(), List.of(), List.of());

        Scenario scenario = DefaultScenario.of(samplePlan(), empty, 2);

        assertThat(scenario.steps()).singleElement()
                .satisfies(s -> assertThat(s.op()).isEqualTo(Op.SAY));
    }
}
