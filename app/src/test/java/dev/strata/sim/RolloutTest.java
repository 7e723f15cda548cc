package dev.strata.sim;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import dev.strata.manifest.AccessMode;
import dev.strata.manifest.ContainerSpec;
import dev.strata.manifest.DeploymentStrategy;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.PodSpec;
import dev.strata.manifest.Workload;
import dev.strata.sim.ClusterState.Phase;
import dev.strata.sim.ClusterState.PodState;

import org.junit.jupiter.api.Test;

import static dev.strata.sim.Fixtures.HERE;
import static dev.strata.sim.Fixtures.claim;
import static dev.strata.sim.Fixtures.claimVolume;
import static dev.strata.sim.Fixtures.mount;
import static dev.strata.sim.Fixtures.samplePlan;
import static dev.strata.sim.Fixtures.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Rollouts by strategy (kubernetes.io deployment, strategy). */
class RolloutTest {
    @Test
    void aRollingUpdateStallsWhenTheNewPodLandsAwayFromItsReadWriteOnceClaim() {
        Timeline timeline = Simulator.run(samplePlan(), deployment(1, AccessMode.READ_WRITE_ONCE,
                Optional.empty()), rollout().on(2));
        Outcome outcome = timeline.frame(2).outcome().orElseThrow();
        List<PodState> pods = timeline.frame(2).state().pods();

        assertThat(outcome.explain()).contains("is stuck after 0 of 1 pods", "Multi-Attach",
                "maxUnavailable 0");
        assertThat(pods).extracting(PodState::replica, PodState::node, PodState::phase)
                .containsExactlyInAnyOrder(tuple(1, 1, Phase.RUNNING), tuple(2, 2, Phase.PENDING));
    }

    @Test
    void recreateDeletesTheOldPodFirstSoTheClaimAttachesAgainWithItsData() {
        Timeline timeline = Simulator.run(samplePlan(), deployment(1, AccessMode.READ_WRITE_ONCE,
                Optional.of(new DeploymentStrategy.Recreate())),
                rollout().read(1, "/data/kept").on(2));

        assertThat(timeline.frame(2).outcome().orElseThrow().explain()).contains("Recreate");
        assertThat(timeline.frame(2).state().pods()).singleElement()
                .satisfies(p -> assertThat(p.phase()).isEqualTo(Phase.RUNNING));
        assertThat(timeline.frame(3).outcome().orElseThrow().result()).isEqualTo(Result.OK);
    }

    @Test
    void aRollingUpdateOnAReadWriteManyClaimReplacesEveryPod() {
        Timeline timeline = Simulator.run(samplePlan(), deployment(3, AccessMode.READ_WRITE_MANY,
                Optional.empty()), rollout().read(3, "/data/kept").on(2));

        assertThat(timeline.frame(2).outcome().orElseThrow().explain())
                .contains("RollingUpdate (maxSurge 1, maxUnavailable 0)");
        assertThat(timeline.frame(2).state().pods()).hasSize(3)
                .allMatch(p -> p.phase() == Phase.RUNNING)
                .extracting(PodState::name)
                .doesNotContainAnyElementsOf(timeline.frame(1).state().pods().stream()
                        .map(PodState::name).toList());
        assertThat(timeline.frame(3).outcome().orElseThrow().result()).isEqualTo(Result.OK);
    }

    @Test
    void aStatefulSetRollsOutUnderTheSameNames() {
        ContainerSpec db = new ContainerSpec("db", "db:1", List.of(), false, HERE);
        Manifest manifest = Fixtures.manifest(new Workload("StatefulSet", "db", 2,
                new PodSpec(List.of(db), List.of()), HERE), List.of());

        Timeline timeline = Simulator.run(samplePlan(), manifest, steps()
                .write(1, "/tmp/a", 1).rollout().read(1, "/tmp/a").on(2));

        assertThat(timeline.frame(2).state().pods()).extracting(PodState::name)
                .containsExactly("db-0", "db-1");
        assertThat(timeline.frame(3).outcome().orElseThrow().result()).isEqualTo(Result.ENOENT);
    }

    private static Fixtures.Steps rollout() {
        return steps().write(1, "/data/kept", 5).rollout();
    }

    private static Manifest deployment(int replicas, AccessMode mode,
            Optional<DeploymentStrategy> strategy) {
        ContainerSpec web = new ContainerSpec("web", "web:1", List.of(mount("data", "/data")),
                false, HERE);
        Workload workload = new Workload("Deployment", "web", replicas,
                new PodSpec(List.of(web), List.of(claimVolume("data", "c"))), HERE, strategy,
                Optional.empty(), OptionalInt.empty());
        return Fixtures.manifest(workload, List.of(claim("c", mode)));
    }
}
