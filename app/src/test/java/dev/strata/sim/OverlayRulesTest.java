package dev.strata.sim;

import java.util.List;

import dev.strata.manifest.AccessMode;
import dev.strata.manifest.ContainerSpec;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.PodSpec;
import dev.strata.manifest.Workload;
import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.ClusterState.FileEntry;

import org.junit.jupiter.api.Test;

import static dev.strata.sim.Fixtures.deployment;
import static dev.strata.sim.Fixtures.play;
import static dev.strata.sim.Fixtures.samplePlan;
import static dev.strata.sim.Fixtures.steps;
import static org.assertj.core.api.Assertions.assertThat;

/** The container root filesystem: overlayfs rules (kernel docs, filesystems/overlayfs). */
class OverlayRulesTest {
    private static final Manifest NO_VOLUMES = deployment(3, List.of(), List.of(), List.of());

    @Test
    void writeOutsideAnyVolumeLandsInTheWritersUpperLayerOnly() {
        List<Outcome> out = play(samplePlan(), NO_VOLUMES,
                steps().write(1, "/app/cache/s.txt", 4096).read(2, "/app/cache/s.txt").on(2));

        assertThat(out.get(0)).isInstanceOf(Outcome.Landed.class);
        assertThat(out.get(0).place().lands()).isEqualTo(Lands.UPPER);
        assertThat(out.get(0).visibleTo()).containsExactly(1);
        assertThat(out.get(1).result()).isEqualTo(Result.ENOENT);
    }

    @Test
    void firstWriteToAnImageFileCopiesTheWholeFileUpPerOverlayfs() {
        Timeline timeline = Simulator.run(samplePlan(), NO_VOLUMES,
                steps().write(2, "/app/app.py", 2048).on(2));
        Outcome outcome = timeline.frame(1).outcome().orElseThrow();

        assertThat(outcome).isInstanceOfSatisfying(Outcome.CopiedUp.class,
                c -> assertThat(c.fromLayer()).isEqualTo(4));
        assertThat(outcome.copyUp()).isTrue();
        assertThat(outcome.explain()).contains("1290 bytes").contains("layer 4");
        assertThat(upper(timeline.frame(1).state(), 2)).contains(
                new FileEntry("/app", 0, EntryKind.DIRECTORY, true),
                new FileEntry("/app/app.py", 2048, EntryKind.FILE, true));
    }

    @Test
    void otherReplicasStillReadTheOriginalAfterACopyUp() {
        List<Outcome> out = play(samplePlan(), NO_VOLUMES,
                steps().write(2, "/app/app.py", 2048).read(1, "/app/app.py")
                        .read(2, "/app/app.py").on(2));

        assertThat(out.get(1).place()).isEqualTo(Place.image(4));
        assertThat(((Outcome.Served) out.get(1)).size()).isEqualTo(1290);
        assertThat(out.get(1).visibleTo()).containsExactly(1, 3);
        assertThat(out.get(2).place()).isEqualTo(Place.UPPER);
        assertThat(((Outcome.Served) out.get(2)).size()).isEqualTo(2048);
    }

    @Test
    void secondWriteToACopiedUpFileDoesNotCopyAgain() {
        List<Outcome> out = play(samplePlan(), NO_VOLUMES,
                steps().write(1, "/app/app.py", 10).append(1, "/app/app.py", 5).on(1));

        assertThat(out.get(1)).isInstanceOf(Outcome.Landed.class);
        assertThat(out.get(1).copyUp()).isFalse();
    }

    @Test
    void chmodOfAnImageFileCopiesItUpWithItsSize() {
        Timeline timeline = Simulator.run(samplePlan(), NO_VOLUMES,
                steps().chmod(1, "/app/app.py").on(1));

        assertThat(timeline.frame(1).outcome().orElseThrow().copyUp()).isTrue();
        assertThat(upper(timeline.frame(1).state(), 1))
                .contains(new FileEntry("/app/app.py", 1290, EntryKind.FILE, true));
    }

    @Test
    void deletingAnImageFileWritesAWhiteoutPerOciLayerSpec() {
        Timeline timeline = Simulator.run(samplePlan(), NO_VOLUMES,
                steps().delete(3, "/app/requirements.txt").read(3, "/app/requirements.txt")
                        .read(1, "/app/requirements.txt").on(2));

        Outcome delete = timeline.frame(1).outcome().orElseThrow();
        assertThat(delete).isInstanceOfSatisfying(Outcome.WhitedOut.class,
                w -> assertThat(w.hiddenLayer()).isEqualTo(2));
        assertThat(upper(timeline.frame(1).state(), 3)).contains(
                new FileEntry("/app/requirements.txt", 0, EntryKind.WHITEOUT, false));
        assertThat(timeline.frame(1).state().nodes().get(0).layers().get(2).files())
                .extracting(FileEntry::path).contains("/app/requirements.txt");
        assertThat(timeline.frame(2).outcome().orElseThrow().result()).isEqualTo(Result.ENOENT);
        assertThat(timeline.frame(3).outcome().orElseThrow().place()).isEqualTo(Place.image(2));
    }

    @Test
    void deletingAFileOnlyInTheUpperLayerRemovesItWithoutWhiteout() {
        Timeline timeline = Simulator.run(samplePlan(), NO_VOLUMES,
                steps().write(1, "/tmp/x", 1).delete(1, "/tmp/x").on(1));

        assertThat(timeline.frame(2).outcome().orElseThrow())
                .isInstanceOf(Outcome.Removed.class);
        assertThat(upper(timeline.frame(2).state(), 1)).extracting(FileEntry::path)
                .doesNotContain("/tmp/x");
    }

    @Test
    void renamingADirectoryFromAnImageLayerFailsWithExdevWithoutRedirectDir() {
        List<Outcome> out = play(samplePlan(), NO_VOLUMES,
                steps().rename(1, "/app/static", "/app/public").on(1));

        assertThat(out.get(0).result()).isEqualTo(Result.EXDEV);
        assertThat(out.get(0).explain()).contains("redirect_dir");
    }

    @Test
    void renamingAnImageFileCopiesItUpAndWhitesOutTheOldName() {
        Timeline timeline = Simulator.run(samplePlan(), NO_VOLUMES,
                steps().rename(1, "/app/app.py", "/app/main.py").read(1, "/app/app.py").on(1));

        assertThat(timeline.frame(1).outcome().orElseThrow().copyUp()).isTrue();
        assertThat(upper(timeline.frame(1).state(), 1)).contains(
                new FileEntry("/app/main.py", 1290, EntryKind.FILE, true),
                new FileEntry("/app/app.py", 0, EntryKind.WHITEOUT, false));
        assertThat(timeline.frame(2).outcome().orElseThrow().result()).isEqualTo(Result.ENOENT);
    }

    @Test
    void renamingADirectoryMadeInTheUpperLayerWorks() {
        List<Outcome> out = play(samplePlan(), NO_VOLUMES,
                steps().write(1, "/srv/a/b.txt", 1).rename(1, "/srv/a", "/srv/c")
                        .read(1, "/srv/c/b.txt").on(1));

        assertThat(out.get(1).result()).isEqualTo(Result.OK);
        assertThat(out.get(2).place()).isEqualTo(Place.UPPER);
    }

    @Test
    void mkdirOverADeletedImageDirectoryMakesItOpaque() {
        Timeline timeline = Simulator.run(samplePlan(), NO_VOLUMES,
                steps().delete(1, "/app/static").mkdir(1, "/app/static")
                        .read(1, "/app/static/site.css").on(1));

        assertThat(upper(timeline.frame(2).state(), 1)).contains(
                new FileEntry("/app/static", 0, EntryKind.OPAQUE_DIRECTORY, false));
        assertThat(timeline.frame(3).outcome().orElseThrow().result()).isEqualTo(Result.ENOENT);
    }

    @Test
    void writingOverADirectoryIsEisdirAndBelowAFileIsEnotdir() {
        List<Outcome> out = play(samplePlan(), NO_VOLUMES,
                steps().write(1, "/app", 1).write(1, "/app/app.py/x", 1).on(1));

        assertThat(out).extracting(Outcome::result)
                .containsExactly(Result.EISDIR, Result.ENOTDIR);
    }

    @Test
    void restartGivesTheContainerANewEmptyUpperLayerPerKubernetesVolumesDocs() {
        Timeline timeline = Simulator.run(samplePlan(), NO_VOLUMES,
                steps().write(1, "/tmp/a", 1).restart(1).read(1, "/tmp/a").on(2));

        assertThat(upper(timeline.frame(2).state(), 1)).isEmpty();
        assertThat(timeline.frame(2).state().pods().get(0).containers().get(0).restarts())
                .isEqualTo(1);
        assertThat(timeline.frame(3).outcome().orElseThrow().result()).isEqualTo(Result.ENOENT);
    }

    @Test
    void replicasAreSpreadRoundRobinAndEveryNodeHoldsOneCopyOfTheLayers() {
        ClusterState state = Simulator.run(samplePlan(), NO_VOLUMES, steps().on(2))
                .frame(0).state();

        assertThat(state.nodes()).hasSize(2);
        assertThat(state.nodes().get(0).pods()).extracting(ClusterState.PodState::replica)
                .containsExactly(1, 3);
        assertThat(state.nodes().get(1).pods()).extracting(ClusterState.PodState::replica)
                .containsExactly(2);
        assertThat(state.nodes().get(0).layers()).hasSize(5);
        assertThat(state.nodes().get(1).layers()).isEqualTo(state.nodes().get(0).layers());
    }

    @Test
    void baseImageHasTheUsualLinuxDirectories() {
        List<Outcome> out = play(samplePlan(), NO_VOLUMES,
                steps().write(1, "/var/log/app/app.log", 10).on(1));

        assertThat(out.get(0).place()).isEqualTo(Place.UPPER);
        assertThat(out.get(0).copyUp()).isFalse();
    }

    static List<FileEntry> upper(ClusterState state, int replica) {
        return state.pods().stream().filter(p -> p.replica() == replica).findFirst()
                .orElseThrow().containers().get(0).upper();
    }

    @Test
    void mkdirOfAnExistingDirectoryIsEexistWithoutCopyUp() {
        Timeline timeline = Simulator.run(samplePlan(), NO_VOLUMES,
                steps().mkdir(1, "/app/static").on(1));

        assertThat(timeline.frame(1).outcome().orElseThrow().result()).isEqualTo(Result.EEXIST);
        assertThat(upper(timeline.frame(1).state(), 1)).isEmpty();
    }

    @Test
    void anOpaqueDirectoryMadeInTheUpperLayerCanBeRenamedLeavingAWhiteout() {
        Timeline timeline = Simulator.run(samplePlan(), NO_VOLUMES, steps()
                .delete(1, "/app/static").mkdir(1, "/app/static")
                .rename(1, "/app/static", "/app/s3").read(1, "/app/static/site.css").on(1));

        assertThat(timeline.frame(3).outcome().orElseThrow().result()).isEqualTo(Result.OK);
        assertThat(upper(timeline.frame(3).state(), 1)).contains(
                new FileEntry("/app/s3", 0, EntryKind.OPAQUE_DIRECTORY, false),
                new FileEntry("/app/static", 0, EntryKind.WHITEOUT, false));
        assertThat(timeline.frame(4).outcome().orElseThrow().result()).isEqualTo(Result.ENOENT);
    }

    @Test
    void renameMakesNoMissingParentsPerRename2() {
        List<Outcome> out = play(samplePlan(), Fixtures.tour(AccessMode.READ_WRITE_MANY),
                steps().write(1, "/var/log/app/a", 1)
                        .rename(1, "/var/log/app/a", "/var/log/app/no/such/b")
                        .rename(1, "/app", "/app/sub").on(1));

        assertThat(out).extracting(Outcome::result)
                .containsExactly(Result.OK, Result.ENOENT, Result.EINVAL);
    }

    @Test
    void aFileNoOneWroteMayComeFromTheBaseImageSoItsReadIsUnknown() {
        List<Outcome> out = play(samplePlan(), NO_VOLUMES,
                steps().read(1, "/etc/passwd").delete(1, "/etc/passwd").on(1));

        assertThat(out).extracting(Outcome::result)
                .containsExactly(Result.UNKNOWN, Result.UNKNOWN);
        assertThat(out.get(0).explain()).contains("--image");
    }

    @Test
    void aNameOver255BytesIsEnametoolong() {
        List<Outcome> out = play(samplePlan(), NO_VOLUMES,
                steps().write(1, "/tmp/" + "x".repeat(256), 1).on(1));

        assertThat(out.get(0).result()).isEqualTo(Result.ENAMETOOLONG);
    }

    @Test
    void aSidecarOfAnotherImageDoesNotSeeTheDockerfilesFiles() {
        ContainerSpec web = new ContainerSpec("web", "web:1", List.of(), false, Fixtures.HERE);
        ContainerSpec sidecar = new ContainerSpec("log", "busybox", List.of(), false,
                Fixtures.HERE);
        Manifest manifest = Fixtures.manifest(new Workload("Deployment", "web", 1,
                new PodSpec(List.of(web, sidecar), List.of()), Fixtures.HERE), List.of());

        Timeline timeline = Simulator.run(samplePlan(), manifest, steps()
                .read(1, "/app/app.py").container("log").write(1, "/tmp/a", 1)
                .container("log").on(1));

        assertThat(timeline.frame(1).outcome().orElseThrow().result())
                .isEqualTo(Result.UNKNOWN);
        assertThat(timeline.frame(2).outcome().orElseThrow().explain())
                .contains("the writable layer of container log in replica 1");
        assertThat(timeline.frame(0).state().pods().get(0).containers())
                .extracting(ClusterState.ContainerState::onNodeLayers).containsExactly(true, false);
    }
}
