package dev.strata.manifest;

import java.util.List;

import dev.strata.source.SourcePosition;

import org.junit.jupiter.api.Test;

import static dev.strata.manifest.Inputs.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The five manifests Strata ships, each read exactly. */
class SampleManifestsTest {
    @Test
    void noVolumesRunsThreeReplicasOfOneContainerWithNothingMounted() {
        Manifest manifest = ManifestLoader.load(sample("no-volumes"));

        Workload web = manifest.workloads().get(0);
        assertThat(manifest.workloads()).hasSize(1);
        assertThat(web.kind()).isEqualTo("Deployment");
        assertThat(web.name()).isEqualTo("web");
        assertThat(web.replicas()).isEqualTo(3);
        assertThat(web.pod().volumes()).isEmpty();
        assertThat(web.pod().containers()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("web");
            assertThat(c.image()).isEqualTo("registry.example.com/web:1.0");
            assertThat(c.mounts()).isEmpty();
            assertThat(c.readOnlyRootFilesystem()).isFalse();
        });
        assertThat(manifest.claims()).isEmpty();
        assertThat(manifest.ignored()).isEmpty();
        assertThat(manifest.warnings()).isEmpty();
    }

    @Test
    void positionsNameTheFileAsGivenAndCountFromOne() {
        Manifest manifest = ManifestLoader.load(sample("no-volumes"));

        String file = sample("no-volumes").toString();
        assertThat(manifest.file()).isEqualTo(file);
        assertThat(manifest.workloads().get(0).position())
                .isEqualTo(new SourcePosition(file, 3, 1));
        assertThat(manifest.workloads().get(0).pod().containers().get(0).position())
                .isEqualTo(new SourcePosition(file, 18, 11));
    }

    @Test
    void emptyDirLogsMountsAnEmptyDirAtVarLogApp() {
        Manifest manifest = ManifestLoader.load(sample("emptydir-logs"));

        PodSpec pod = manifest.workloads().get(0).pod();
        assertThat(manifest.workloads().get(0).replicas()).isEqualTo(3);
        assertThat(pod.containers().get(0).mounts()).singleElement().satisfies(m -> {
            assertThat(m.volume()).isEqualTo("logs");
            assertThat(m.mountPath()).isEqualTo("/var/log/app");
            assertThat(m.subPath()).isEmpty();
            assertThat(m.readOnly()).isFalse();
        });
        assertThat(pod.volume("logs")).get()
                .extracting(VolumeSpec::source)
                .isEqualTo(new VolumeSource.EmptyDir("", ""));
    }

    @Test
    void sharedPvcMountsAReadWriteManyClaimAtData() {
        Manifest manifest = ManifestLoader.load(sample("shared-pvc"));

        assertDataOnClaim(manifest);
        assertThat(manifest.claim("web-data")).get().satisfies(c -> {
            assertThat(c.accessModes()).containsExactly(AccessMode.READ_WRITE_MANY);
            assertThat(c.storage()).isEqualTo("1Gi");
            assertThat(c.position().line()).isEqualTo(3);
        });
    }

    @Test
    void rwoPvcMountsAReadWriteOnceClaimAtData() {
        Manifest manifest = ManifestLoader.load(sample("rwo-pvc"));

        assertDataOnClaim(manifest);
        assertThat(manifest.claim("web-data")).get().satisfies(c -> {
            assertThat(c.accessModes()).containsExactly(AccessMode.READ_WRITE_ONCE);
            assertThat(c.storage()).isEqualTo("1Gi");
        });
    }

    @Test
    void tourMountsLogsOnAnEmptyDirAndDataOnTheSharedClaim() {
        Manifest manifest = ManifestLoader.load(sample("tour"));

        PodSpec pod = manifest.workloads().get(0).pod();
        assertThat(manifest.workloads().get(0).replicas()).isEqualTo(3);
        assertThat(pod.containers().get(0).mounts())
                .extracting(MountSpec::volume, MountSpec::mountPath)
                .containsExactly(
                        tuple("logs", "/var/log/app"),
                        tuple("data", "/data"));
        assertThat(pod.volumes()).extracting(VolumeSpec::source).containsExactly(
                new VolumeSource.EmptyDir("", ""),
                new VolumeSource.Claim("web-data", false));
        assertThat(manifest.claim("web-data").orElseThrow().accessModes())
                .containsExactly(AccessMode.READ_WRITE_MANY);
    }

    private static void assertDataOnClaim(Manifest manifest) {
        Workload web = manifest.workloads().get(0);
        assertThat(manifest.workloads()).hasSize(1);
        assertThat(web.replicas()).isEqualTo(3);
        assertThat(web.pod().containers().get(0).mounts())
                .extracting(MountSpec::volume, MountSpec::mountPath)
                .containsExactly(tuple("data", "/data"));
        assertThat(web.pod().volumes())
                .isEqualTo(List.of(new VolumeSpec("data",
                        new VolumeSource.Claim("web-data", false),
                        web.pod().volumes().get(0).position())));
        assertThat(manifest.claims()).extracting(ClaimSpec::name).containsExactly("web-data");
    }
}
