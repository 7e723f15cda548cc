package dev.strata.sim;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.strata.manifest.AccessMode;
import dev.strata.manifest.ClaimSpec;
import dev.strata.manifest.ContainerRole;
import dev.strata.manifest.ContainerSpec;
import dev.strata.manifest.Manifest;
import dev.strata.manifest.MountSpec;
import dev.strata.manifest.PodSpec;
import dev.strata.manifest.Quantity;
import dev.strata.manifest.VolumeSource;
import dev.strata.manifest.VolumeSpec;
import dev.strata.manifest.Workload;

import org.junit.jupiter.api.Test;

import static dev.strata.sim.Fixtures.HERE;
import static dev.strata.sim.Fixtures.play;
import static dev.strata.sim.Fixtures.samplePlan;
import static dev.strata.sim.Fixtures.steps;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local ephemeral storage and volume sizes (kubernetes.io manage-resources-containers;
 * volumes, emptyDir).
 */
class StorageLimitsTest {
    private static final long MIB = 1 << 20;

    @Test
    void aWritableLayerPastItsEphemeralStorageLimitGetsThePodEvicted() {
        Manifest manifest = pod(List.of(), List.of(), Optional.of(Quantity.parse("1Mi")));

        Timeline timeline = Simulator.run(samplePlan(), manifest, steps()
                .write(1, "/tmp/a", 800 * 1024).write(1, "/tmp/b", 800 * 1024)
                .read(1, "/tmp/a").on(1));

        assertThat(timeline.frame(1).outcome().orElseThrow().result()).isEqualTo(Result.OK);
        Outcome evicted = timeline.frame(2).outcome().orElseThrow();
        assertThat(evicted.result()).isEqualTo(Result.EVICTED);
        assertThat(evicted.explain()).contains("ephemeral-storage limit of 1 MiB");
        assertThat(timeline.frame(3).outcome().orElseThrow().result()).isEqualTo(Result.ENOENT);
        assertThat(timeline.frame(2).state().pods().get(0).name())
                .isNotEqualTo(timeline.frame(1).state().pods().get(0).name());
    }

    @Test
    void aDiskEmptyDirPastItsSizeLimitGetsThePodEvicted() {
        Manifest manifest = pod(List.of(Fixtures.mount("scratch", "/scratch")),
                List.of(new VolumeSpec("scratch", new VolumeSource.EmptyDir("", "500Ki",
                        OptionalLong.of(500 * 1024)), HERE)), Optional.empty());

        List<Outcome> out = play(samplePlan(), manifest,
                steps().write(1, "/scratch/a", 600 * 1024).on(1));

        assertThat(out.get(0).result()).isEqualTo(Result.EVICTED);
        assertThat(out.get(0).place().lands()).isEqualTo(Lands.EMPTY_DIR);
        assertThat(out.get(0).explain()).contains("over its sizeLimit of 500 KiB");
    }

    @Test
    void aMemoryEmptyDirIsATmpfsThatFillsUpWithEnospc() {
        Manifest manifest = pod(List.of(Fixtures.mount("cache", "/cache")),
                List.of(new VolumeSpec("cache", new VolumeSource.EmptyDir("Memory", "2Mi",
                        OptionalLong.of(2 * MIB)), HERE)), Optional.of(Quantity.parse("1Mi")));

        List<Outcome> out = play(samplePlan(), manifest, steps()
                .write(1, "/cache/a", MIB + 1).write(1, "/cache/b", MIB).on(1));

        assertThat(out).extracting(Outcome::result).containsExactly(Result.OK, Result.ENOSPC);
    }

    @Test
    void aClaimFillsUpAtItsRequestedSize() {
        ClaimSpec claim = new ClaimSpec("c", List.of(AccessMode.READ_WRITE_MANY), "1Mi",
                HERE, OptionalLong.of(MIB));
        Manifest manifest = Fixtures.deployment(1, List.of(Fixtures.mount("data", "/data")),
                List.of(Fixtures.claimVolume("data", "c")), List.of(claim));

        List<Outcome> out = play(samplePlan(), manifest, steps()
                .write(1, "/data/a", MIB).write(1, "/data/b", 1).on(1));

        assertThat(out).extracting(Outcome::result).containsExactly(Result.OK, Result.ENOSPC);
    }

    private static Manifest pod(List<MountSpec> mounts, List<VolumeSpec> volumes,
            Optional<Quantity> limit) {
        ContainerSpec web = new ContainerSpec("web", "web:1", mounts, false, HERE,
                ContainerRole.APP, limit, limit);
        return Fixtures.manifest(new Workload("Deployment", "web", 1,
                new PodSpec(List.of(web), volumes), HERE), List.of());
    }
}
