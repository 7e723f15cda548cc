package dev.strata.sim;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.strata.manifest.AccessMode;
import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.ReplicaView.Entry;

import org.junit.jupiter.api.Test;

import static dev.strata.sim.Fixtures.samplePlan;
import static dev.strata.sim.Fixtures.steps;
import static dev.strata.sim.Fixtures.tour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplicaViewTest {
    private final Timeline timeline = Simulator.run(samplePlan(),
            tour(AccessMode.READ_WRITE_MANY), steps()
                    .write(1, "/app/app.py", 7).delete(1, "/app/requirements.txt")
                    .write(1, "/var/log/app/app.log", 5).write(2, "/data/p", 9).on(2));

    @Test
    void imageFilesComeFromTheirLayerUntilCopiedUp() {
        Map<String, Entry> before = view(0, 1);
        Map<String, Entry> after = view(1, 1);

        assertThat(before.get("/app/app.py").from()).isEqualTo(Place.image(4));
        assertThat(after.get("/app/app.py").from()).isEqualTo(Place.UPPER);
        assertThat(after.get("/app/app.py").size()).isEqualTo(7);
        assertThat(view(1, 2).get("/app/app.py").from()).isEqualTo(Place.image(4));
    }

    @Test
    void aWhiteoutIsShownAsSuchAndHidesTheImageFile() {
        Entry whiteout = view(2, 1).get("/app/requirements.txt");

        assertThat(whiteout.kind()).isEqualTo(EntryKind.WHITEOUT);
        assertThat(whiteout.from()).isEqualTo(Place.UPPER);
        assertThat(view(2, 2).get("/app/requirements.txt").from()).isEqualTo(Place.image(2));
    }

    @Test
    void mountPointsAreMarkedAndShowTheirVolume() {
        Map<String, Entry> replica1 = view(4, 1);
        Map<String, Entry> replica3 = view(4, 3);

        assertThat(replica1.get("/var/log/app").mountPoint()).isTrue();
        assertThat(replica1.get("/var/log/app/app.log").from().lands()).isEqualTo(Lands.EMPTY_DIR);
        assertThat(replica3).doesNotContainKey("/var/log/app/app.log");
        assertThat(replica3.get("/data/p").from().volume()).isEqualTo("web-data");
    }

    @Test
    void aMountHidesWhatTheImageHasBelowIt() {
        Timeline hidden = Simulator.run(samplePlan(), Fixtures.deployment(1,
                List.of(Fixtures.mount("code", "/app")), List.of(Fixtures.emptyDir("code")),
                List.of()), steps().on(1));

        List<Entry> entries = ReplicaView.of(hidden.frame(0).state(), "web", 1, "web");

        assertThat(entries).extracting(Entry::path).contains("/app", "/tmp")
                .doesNotContain("/app/app.py");
    }

    @Test
    void anUnknownReplicaIsRefused() {
        assertThatThrownBy(() -> ReplicaView.of(timeline.frame(0).state(), "web", 9, "web"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no replica 9 of web");
    }

    private Map<String, Entry> view(int frame, int replica) {
        return ReplicaView.of(timeline.frame(frame).state(), "web", replica, "web").stream()
                .collect(Collectors.toMap(Entry::path, e -> e));
    }
}
