package dev.strata.manifest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.strata.manifest.Inputs.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Two objects of one kind, namespace and name: kubectl apply applies both in order, so the
 * later one is read, with a warning at it that names the line of the earlier one.
 */
class DuplicateObjectsTest {
    private static final String AGAIN = " is written twice (first at line %d); kubectl apply"
            + " applies both in order, so this later one is used (kubectl create would fail"
            + " on it: AlreadyExists)";

    private static String deployment(String metadata, int replicas) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: %s
                spec:
                  replicas: %d
                  template:
                    spec:
                      containers: [{name: web, image: web:1}]
                """.formatted(metadata, replicas);
    }

    private static List<String> warnings(Manifest manifest) {
        return manifest.warnings().stream().map(ManifestWarning::toString).toList();
    }

    @Test
    void laterDeploymentOfTheSameNameIsReadWithAWarningAtIt() {
        Manifest manifest = load(deployment("{name: web}", 2) + "---\n"
                + deployment("{name: web}", 5));

        assertThat(manifest.workloads()).extracting(Workload::name, Workload::replicas,
                w -> w.position().line()).containsExactly(tuple("web", 5, 10));
        assertThat(warnings(manifest)).containsExactly("m.yaml:10:1: Deployment \"web\" in"
                + " namespace default" + AGAIN.formatted(1));
    }

    @Test
    void objectWithoutANamespaceIsInTheDefaultOne() {
        Manifest manifest = load(deployment("{name: web, namespace: default}", 2) + "---\n"
                + deployment("{name: web, namespace: \"\"}", 3) + "---\n"
                + deployment("{name: web}", 4));

        assertThat(manifest.workloads()).extracting(Workload::replicas).containsExactly(4);
        assertThat(warnings(manifest)).containsExactly(
                "m.yaml:10:1: Deployment \"web\" in namespace default" + AGAIN.formatted(1),
                "m.yaml:19:1: Deployment \"web\" in namespace default" + AGAIN.formatted(10));
    }

    @Test
    void sameNameInAnotherNamespaceIsAnotherObject() {
        Manifest manifest = load(deployment("{name: web, namespace: shop}", 2) + "---\n"
                + deployment("{name: web}", 3));

        assertThat(manifest.workloads()).extracting(Workload::replicas).containsExactly(2, 3);
        assertThat(manifest.warnings()).isEmpty();
    }

    @Test
    void sameNameOfAnotherKindIsAnotherObject() {
        Manifest manifest = load(deployment("{name: web}", 2) + """
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      containers: [{name: web, image: web:1}]
                  volumeClaimTemplates:
                    - metadata: {name: data}
                      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: web}
                """);

        assertThat(manifest.workloads()).extracting(Workload::kind)
                .containsExactly("Deployment", "StatefulSet");
        assertThat(manifest.configMaps()).hasSize(1);
        assertThat(manifest.warnings()).isEmpty();
    }

    @Test
    void laterClaimIsTheOneItsVolumesMount() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                ---
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data, namespace: default}
                spec: {accessModes: [ReadWriteMany], resources: {requests: {storage: 5Gi}}}
                """);

        assertThat(manifest.claims()).singleElement().satisfies(c -> {
            assertThat(c.accessModes()).containsExactly(AccessMode.READ_WRITE_MANY);
            assertThat(c.storage()).isEqualTo("5Gi");
        });
        assertThat(warnings(manifest)).containsExactly("m.yaml:6:1: PersistentVolumeClaim"
                + " \"data\" in namespace default" + AGAIN.formatted(1));
    }

    @Test
    void objectsOfNoNamespaceAreTheSameWhateverNamespaceTheySay() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: disk, namespace: shop}
                spec: {capacity: {storage: 1Gi}, accessModes: [ReadWriteOnce], local: {path: /a}}
                ---
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: disk}
                spec: {capacity: {storage: 2Gi}, accessModes: [ReadWriteOnce], local: {path: /b}}
                ---
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata: {name: fast}
                provisioner: ebs.csi.aws.com
                ---
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata: {name: fast, namespace: shop}
                provisioner: pd.csi.storage.gke.io
                """);

        assertThat(manifest.persistentVolumes()).extracting(PersistentVolumeSpec::capacity)
                .containsExactly("2Gi");
        assertThat(manifest.storageClasses()).extracting(StorageClassSpec::provisioner)
                .containsExactly("pd.csi.storage.gke.io");
        assertThat(warnings(manifest)).containsExactly(
                "m.yaml:6:1: PersistentVolume \"disk\"" + AGAIN.formatted(1),
                "m.yaml:16:1: StorageClass \"fast\"" + AGAIN.formatted(11));
    }

    @Test
    void removedApiVersionNamesTheSameObjectAsTheCurrentOne() {
        Manifest manifest = load(deployment("{name: web}", 2).replace("apps/v1",
                "extensions/v1beta1") + "---\n" + deployment("{name: web}", 5));

        assertThat(manifest.workloads()).extracting(Workload::replicas).containsExactly(5);
        assertThat(warnings(manifest)).last().isEqualTo("m.yaml:10:1: Deployment \"web\" in"
                + " namespace default" + AGAIN.formatted(1));
    }

    @Test
    void objectsTheServerNamesAreNeverTheSame() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: Pod
                metadata: {generateName: worker-}
                spec: {containers: [{name: app, image: app:1}]}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {generateName: worker-}
                spec: {containers: [{name: app, image: app:1}]}
                """);

        assertThat(manifest.workloads()).hasSize(2);
        assertThat(manifest.warnings()).isEmpty();
    }

    @Test
    void listItemOfTheSameNameWarnsAtTheItem() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: Service
                    metadata: {name: front}
                  - apiVersion: v1
                    kind: Service
                    metadata: {name: front}
                """);

        assertThat(manifest.ignored()).extracting(i -> i.position().line()).containsExactly(7);
        assertThat(warnings(manifest)).containsExactly("m.yaml:7:5: Service \"front\" in"
                + " namespace default" + AGAIN.formatted(4));
    }
}
