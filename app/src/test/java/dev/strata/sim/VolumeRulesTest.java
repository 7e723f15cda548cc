package dev.strata.sim;

import java.util.List;

import dev.strata.manifest.AccessMode;
import dev.strata.manifest.ClaimSpec;
import dev.strata.manifest.ContainerSpec;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.MountSpec;
import dev.strata.manifest.PodSpec;
import dev.strata.manifest.VolumeSource;
import dev.strata.manifest.VolumeSpec;
import dev.strata.manifest.Workload;
import dev.strata.sim.ClusterState.Phase;
import dev.strata.sim.ClusterState.PodState;
import dev.strata.sim.ClusterState.VolumeState;
import dev.strata.source.InputException;

import org.junit.jupiter.api.Test;

import static dev.strata.sim.Fixtures.HERE;
import static dev.strata.sim.Fixtures.claim;
import static dev.strata.sim.Fixtures.claimVolume;
import static dev.strata.sim.Fixtures.deployment;
import static dev.strata.sim.Fixtures.emptyDir;
import static dev.strata.sim.Fixtures.mount;
import static dev.strata.sim.Fixtures.play;
import static dev.strata.sim.Fixtures.samplePlan;
import static dev.strata.sim.Fixtures.steps;
import static dev.strata.sim.Fixtures.tour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Volumes and their scopes (kubernetes.io/docs/concepts/storage/volumes). */
class VolumeRulesTest {
    @Test
    void emptyDirIsPerPodSoOnlyTheWritersPodSeesTheFile() {
        Timeline timeline = Simulator.run(samplePlan(), tour(AccessMode.READ_WRITE_MANY),
                steps().write(1, "/var/log/app/app.log", 2048)
                        .read(2, "/var/log/app/app.log").on(2));
        Outcome write = timeline.frame(1).outcome().orElseThrow();

        assertThat(write.place().lands()).isEqualTo(Lands.EMPTY_DIR);
        assertThat(write.place().volume()).isEqualTo("logs");
        assertThat(write.visibleTo()).containsExactly(1);
        assertThat(timeline.frame(2).outcome().orElseThrow().result()).isEqualTo(Result.ENOENT);
        List<VolumeState> logs = timeline.frame(1).state().volumes().stream()
                .filter(v -> v.kind() == Lands.EMPTY_DIR).toList();
        assertThat(logs).hasSize(3);
        assertThat(logs).filteredOn(v -> !v.files().isEmpty()).singleElement()
                .satisfies(v -> assertThat(v.replicas()).containsExactly(1));
    }

    @Test
    void emptyDirSurvivesAContainerRestartButNotThePodsDeletion() {
        List<Outcome> out = play(samplePlan(), tour(AccessMode.READ_WRITE_MANY),
                steps().write(1, "/var/log/app/app.log", 10).restart(1)
                        .read(1, "/var/log/app/app.log").deletePod(1)
                        .read(1, "/var/log/app/app.log").on(2));

        assertThat(out.get(2).place().lands()).isEqualTo(Lands.EMPTY_DIR);
        assertThat(out.get(2).result()).isEqualTo(Result.OK);
        assertThat(out.get(3)).isInstanceOf(Outcome.Lifecycle.class);
        assertThat(out.get(3).explain()).contains("emptyDir \"logs\"").contains("are gone");
        assertThat(out.get(4).result()).isEqualTo(Result.ENOENT);
    }

    @Test
    void readWriteManyClaimIsSharedByEveryReplicaAcrossNodes() {
        Timeline timeline = Simulator.run(samplePlan(), tour(AccessMode.READ_WRITE_MANY),
                steps().write(2, "/data/uploads/photo.jpg", 524288)
                        .read(1, "/data/uploads/photo.jpg").on(2));
        Outcome write = timeline.frame(1).outcome().orElseThrow();

        assertThat(write.place()).isEqualTo(Place.volume(Lands.PVC, "web-data", "pvc/web-data"));
        assertThat(write.visibleTo()).containsExactly(1, 2, 3);
        assertThat(timeline.frame(2).outcome().orElseThrow().result()).isEqualTo(Result.OK);
        VolumeState claim = timeline.frame(1).state().volume("pvc/web-data").orElseThrow();
        assertThat(claim.nodes()).containsExactly(1, 2);
        assertThat(claim.replicas()).containsExactly(1, 2, 3);
    }

    @Test
    void claimKeepsItsDataWhenThePodIsReplaced() {
        List<Outcome> out = play(samplePlan(), tour(AccessMode.READ_WRITE_MANY),
                steps().write(1, "/data/a", 1).deletePod(1).read(1, "/data/a").on(2));

        assertThat(out.get(2).result()).isEqualTo(Result.OK);
        assertThat(out.get(2).place().lands()).isEqualTo(Lands.PVC);
    }

    @Test
    void readWriteOnceClaimLeavesPodsOnAnotherNodePendingWithMultiAttach() {
        Timeline timeline = Simulator.run(samplePlan(), tour(AccessMode.READ_WRITE_ONCE),
                steps().write(1, "/data/a", 1).read(3, "/data/a").write(2, "/data/b", 1).on(2));
        List<PodState> pods = timeline.frame(0).state().pods();

        assertThat(pods).filteredOn(p -> p.phase() == Phase.PENDING).singleElement()
                .satisfies(p -> {
                    assertThat(p.replica()).isEqualTo(2);
                    assertThat(p.reason()).startsWith("Multi-Attach error");
                });
        assertThat(timeline.frame(2).outcome().orElseThrow().visibleTo()).containsExactly(1, 3);
        assertThat(timeline.frame(3).outcome().orElseThrow()).isInstanceOf(Outcome.Blocked.class);
        assertThat(timeline.frame(3).outcome().orElseThrow().result()).isEqualTo(Result.PENDING);
    }

    @Test
    void readWriteOnceClaimOnOneNodeIsSharedByThatNodesPods() {
        List<Outcome> out = play(samplePlan(), tour(AccessMode.READ_WRITE_ONCE),
                steps().write(1, "/data/a", 1).read(2, "/data/a").on(1));

        assertThat(out.get(0).visibleTo()).containsExactly(1, 2, 3);
        assertThat(out.get(1).result()).isEqualTo(Result.OK);
    }

    @Test
    void readWriteOncePodClaimAdmitsOnePodOnly() {
        ClusterState state = Simulator.run(samplePlan(), tour(AccessMode.READ_WRITE_ONCE_POD),
                steps().on(1)).frame(0).state();

        assertThat(state.pods()).extracting(PodState::phase)
                .containsExactly(Phase.RUNNING, Phase.PENDING, Phase.PENDING);
    }

    @Test
    void readOnlyManyClaimRefusesWritesWithErofs() {
        List<Outcome> out = play(samplePlan(), tour(AccessMode.READ_ONLY_MANY),
                steps().write(1, "/data/a", 1).on(2));

        assertThat(out.get(0).result()).isEqualTo(Result.EROFS);
    }

    @Test
    void scalingDownFreesTheReadWriteOnceNodeForAPendingPod() {
        Manifest manifest = deployment(2, List.of(mount("data", "/data")),
                List.of(claimVolume("data", "c")), List.of(claim("c", AccessMode.READ_WRITE_ONCE)));
        Timeline timeline = Simulator.run(samplePlan(), manifest,
                steps().scale(3).scale(1).on(2));

        assertThat(timeline.frame(1).state().pods()).extracting(PodState::phase)
                .containsExactly(Phase.RUNNING, Phase.RUNNING, Phase.PENDING);
        assertThat(timeline.frame(2).state().pods()).hasSize(1);
    }

    @Test
    void aMissingClaimLeavesThePodPending() {
        Manifest manifest = deployment(1, List.of(mount("data", "/data")),
                List.of(claimVolume("data", "nowhere")), List.of());
        PodState pod = Simulator.run(samplePlan(), manifest, steps().on(1)).frame(0).state()
                .pods().get(0);

        assertThat(pod.phase()).isEqualTo(Phase.PENDING);
        assertThat(pod.reason()).isEqualTo("persistentvolumeclaim \"nowhere\" not found");
    }

    @Test
    void configMapVolumesAreAlwaysReadOnly() {
        Manifest manifest = deployment(1, List.of(mount("cfg", "/etc/app")),
                List.of(new VolumeSpec("cfg", new VolumeSource.ConfigMap("app"), HERE)),
                List.of());
        List<Outcome> out = play(samplePlan(), manifest, steps().write(1, "/etc/app/x", 1).on(1));

        assertThat(out.get(0).result()).isEqualTo(Result.EROFS);
        assertThat(out.get(0).place().lands()).isEqualTo(Lands.CONFIG_MAP);
    }

    @Test
    void readOnlyMountAffectsThatMountOnlyPerKubernetesReadOnlyMounts() {
        ContainerSpec reader = new ContainerSpec("reader", "r:1",
                List.of(new MountSpec("shared", "/in", "", true, HERE)), false, HERE);
        ContainerSpec writer = new ContainerSpec("writer", "w:1",
                List.of(mount("shared", "/out")), false, HERE);
        Manifest manifest = Fixtures.manifest(new Workload("Deployment", "web", 1,
                new PodSpec(List.of(reader, writer), List.of(emptyDir("shared"))), HERE),
                List.of());
        List<Outcome> out = play(samplePlan(), manifest, steps()
                .write(1, "/in/a", 1).container("reader")
                .write(1, "/out/a", 1).container("writer")
                .read(1, "/in/a").container("reader").on(1));

        assertThat(out).extracting(Outcome::result)
                .containsExactly(Result.EROFS, Result.OK, Result.OK);
    }

    @Test
    void readOnlyRootFilesystemRefusesWritesOutsideVolumes() {
        ContainerSpec locked = new ContainerSpec("web", "w:1",
                List.of(mount("logs", "/var/log/app")), true, HERE);
        Manifest manifest = Fixtures.manifest(new Workload("Deployment", "web", 1,
                new PodSpec(List.of(locked), List.of(emptyDir("logs"))), HERE), List.of());
        List<Outcome> out = play(samplePlan(), manifest, steps()
                .write(1, "/tmp/a", 1).write(1, "/var/log/app/a", 1).on(1));

        assertThat(out).extracting(Outcome::result).containsExactly(Result.EROFS, Result.OK);
    }

    @Test
    void hostPathIsNodeLocalSoReplicasOnOtherNodesSeeOtherFiles() {
        Manifest manifest = deployment(3, List.of(mount("host", "/host")),
                List.of(new VolumeSpec("host", new VolumeSource.HostPath("/srv", ""), HERE)),
                List.of());
        List<Outcome> out = play(samplePlan(), manifest,
                steps().write(1, "/host/a", 1).read(2, "/host/a").read(3, "/host/a").on(2));

        assertThat(out.get(0).visibleTo()).containsExactly(1, 3);
        assertThat(out.get(1).result()).isEqualTo(Result.ENOENT);
        assertThat(out.get(2).result()).isEqualTo(Result.OK);
    }

    @Test
    void aVolumeMountHidesWhatTheImageHasAtThatPath() {
        Manifest manifest = deployment(1, List.of(mount("code", "/app")),
                List.of(emptyDir("code")), List.of());
        List<Outcome> out = play(samplePlan(), manifest, steps().read(1, "/app/app.py").on(1));

        assertThat(out.get(0).result()).isEqualTo(Result.ENOENT);
        assertThat(out.get(0).explain()).contains("hides whatever the image has there");
    }

    @Test
    void subPathMountsSeeOnlyTheirFolderOfTheVolume() {
        ContainerSpec web = new ContainerSpec("web", "w:1", List.of(
                new MountSpec("data", "/a", "one", false, HERE),
                new MountSpec("data", "/b", "", false, HERE)), false, HERE);
        Manifest manifest = Fixtures.manifest(new Workload("Deployment", "web", 1,
                new PodSpec(List.of(web), List.of(emptyDir("data"))), HERE), List.of());
        List<Outcome> out = play(samplePlan(), manifest,
                steps().write(1, "/a/x", 1).read(1, "/b/one/x").on(1));

        assertThat(out.get(1).result()).isEqualTo(Result.OK);
    }

    @Test
    void deletingAMountPointIsEbusy() {
        List<Outcome> out = play(samplePlan(), tour(AccessMode.READ_WRITE_MANY),
                steps().delete(1, "/data").on(1));

        assertThat(out.get(0).result()).isEqualTo(Result.EBUSY);
    }

    @Test
    void renamingAcrossAMountBoundaryIsExdev() {
        List<Outcome> out = play(samplePlan(), tour(AccessMode.READ_WRITE_MANY),
                steps().write(1, "/data/a", 1).rename(1, "/data/a", "/tmp/a").on(1));

        assertThat(out.get(1).result()).isEqualTo(Result.EXDEV);
    }

    @Test
    void aStepNamingAMissingReplicaIsBadInputWithItsLine() {
        assertThatThrownBy(() -> play(samplePlan(), tour(AccessMode.READ_WRITE_MANY),
                steps().write(7, "/tmp/a", 1).on(1)))
                .isInstanceOf(InputException.class)
                .hasMessage("test.strata:3:5: replica 7 does not exist: web has 3 replicas"
                        + " at step 1");
    }

    @Test
    void twoRunsOfOneScenarioGiveIdenticalTimelines() {
        Scenario scenario = steps().write(1, "/data/a", 5).write(2, "/app/app.py", 3)
                .deletePod(2).scale(5).restart(4).on(2);

        assertThat(Simulator.run(samplePlan(), tour(AccessMode.READ_WRITE_ONCE), scenario))
                .isEqualTo(Simulator.run(samplePlan(), tour(AccessMode.READ_WRITE_ONCE),
                        scenario));
    }

    @Test
    void statefulSetReplicasGetTheirOwnClaimsWhichOutliveScaleDown() {
        ClaimSpec template = new ClaimSpec("data", List.of(AccessMode.READ_WRITE_ONCE), "1Gi",
                HERE);
        ContainerSpec db = new ContainerSpec("db", "db:1", List.of(mount("data", "/data")),
                false, HERE);
        Manifest manifest = Fixtures.manifest(new Workload("StatefulSet", "db", 2,
                new PodSpec(List.of(db), List.of(new VolumeSpec("data",
                        new VolumeSource.ClaimTemplate(template), HERE))), HERE), List.of());
        Timeline timeline = Simulator.run(samplePlan(), manifest, steps()
                .write(2, "/data/row", 10).read(1, "/data/row").scale(1).scale(2)
                .read(2, "/data/row").on(2));

        assertThat(timeline.frame(1).outcome().orElseThrow().place().volume())
                .isEqualTo("data-db-1");
        assertThat(timeline.frame(0).state().pods()).extracting(PodState::name)
                .containsExactly("db-0", "db-1");
        assertThat(timeline.frame(2).outcome().orElseThrow().result()).isEqualTo(Result.ENOENT);
        assertThat(timeline.frame(3).state().volume("pvc/data-db-1")).isPresent();
        assertThat(timeline.frame(5).outcome().orElseThrow().result()).isEqualTo(Result.OK);
    }

    @Test
    void aConfigMapKeyMountedWithSubPathIsAReadOnlyFile() {
        Manifest manifest = deployment(1,
                List.of(new MountSpec("cfg", "/etc/app/conf.txt", "conf.txt", false, HERE)),
                List.of(new VolumeSpec("cfg", new VolumeSource.ConfigMap("app"), HERE)),
                List.of());
        List<Outcome> out = play(samplePlan(), manifest, steps()
                .read(1, "/etc/app/conf.txt").write(1, "/etc/app/conf.txt", 1).on(1));

        assertThat(out).extracting(Outcome::result).containsExactly(Result.OK, Result.EROFS);
        assertThat(out.get(0).explain()).contains("never sees later updates");
    }

    @Test
    void aReadOnlyClaimSourceMakesEveryMountReadOnlyAndSaysSo() {
        Manifest manifest = deployment(1, List.of(mount("data", "/data")),
                List.of(new VolumeSpec("data", new VolumeSource.Claim("c", true), HERE)),
                List.of(claim("c", AccessMode.READ_WRITE_MANY)));
        List<Outcome> out = play(samplePlan(), manifest, steps().write(1, "/data/a", 1).on(1));

        assertThat(out.get(0).result()).isEqualTo(Result.EROFS);
        assertThat(out.get(0).explain()).contains("every mount of it");
    }

    @Test
    void aBarePodIsNotReplacedWhenDeleted() {
        Manifest manifest = Fixtures.manifest(new Workload("Pod", "solo", 1,
                new PodSpec(List.of(new ContainerSpec("c", "web:1", List.of(), false, HERE)),
                        List.of()), HERE), List.of());
        Timeline timeline = Simulator.run(samplePlan(), manifest, steps().deletePod(1).on(1));

        assertThat(timeline.frame(0).state().pods()).extracting(PodState::name)
                .containsExactly("solo");
        assertThat(timeline.frame(1).state().pods()).isEmpty();
    }

    @Test
    void aDaemonSetCannotBeScaled() {
        Manifest manifest = Fixtures.manifest(new Workload("DaemonSet", "agent", 0,
                new PodSpec(List.of(new ContainerSpec("c", "web:1", List.of(), false, HERE)),
                        List.of()), HERE), List.of());

        assertThatThrownBy(() -> play(samplePlan(), manifest, steps().scale(5).on(2)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("a DaemonSet runs one pod on each node");
    }
}
