package dev.strata.manifest;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.strata.manifest.PersistentVolumeSpec.PersistentSource;
import dev.strata.source.SourcePosition;

import org.junit.jupiter.api.Test;

import static dev.strata.manifest.Inputs.assertFailsAt;
import static dev.strata.manifest.Inputs.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** ConfigMaps, Secrets, PersistentVolumes and StorageClasses, and the volumes using them. */
class ObjectsTest {
    @Test
    void configMapKeysCarryTheSizeOfTheirValues() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data:
                  app.properties: "a=1\\n"
                  motd: "héllo"
                binaryData:
                  logo.png: iVBORw0KGgo=
                """);

        assertThat(manifest.configMap("settings").orElseThrow().keys())
                .extracting(DataKey::key, DataKey::bytes, DataKey::binary)
                .containsExactly(
                        tuple("app.properties", 4L, false),
                        tuple("motd", 6L, false),
                        tuple("logo.png", 8L, true));
        assertThat(manifest.ignored()).isEmpty();
    }

    @Test
    void secretDataIsDecodedAndStringDataWins() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: Secret
                metadata: {name: creds}
                type: kubernetes.io/basic-auth
                data:
                  username: YWRtaW4=
                  password: c2VjcmV0
                stringData:
                  password: longer-secret
                """);

        SecretSpec secret = manifest.secret("creds").orElseThrow();
        assertThat(secret.type()).isEqualTo("kubernetes.io/basic-auth");
        assertThat(secret.keys()).extracting(DataKey::key, DataKey::bytes, DataKey::binary)
                .containsExactly(tuple("username", 5L, true), tuple("password", 13L, false));
    }

    @Test
    void secretDataThatIsNotBase64FailsAtTheValue() {
        assertFailsAt("""
                apiVersion: v1
                kind: Secret
                metadata: {name: creds}
                data:
                  password: not base64!
                """, 5, 13, "data.password: must be base64");
    }

    @Test
    void keyInBothDataAndBinaryDataFails() {
        assertFailsAt("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {logo: x}
                binaryData:
                  logo: eA==
                """, 6, 3, "duplicate of key \"logo\" in data (line 4)");
    }

    @Test
    void keyWithASlashFails() {
        assertFailsAt("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data:
                  conf/app.yaml: x
                """, 5, 3, "a key must be letters, digits");
    }

    @Test
    void numberAsAConfigMapValueFails() {
        assertFailsAt("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data:
                  port: 8080
                """, 5, 9, "data.port: must be a string, found the number 8080");
    }

    @Test
    void persistentVolumeReadsItsNfsSourceAndClaimRef() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: shared}
                spec:
                  capacity: {storage: 100Mi}
                  accessModes: [ReadWriteMany]
                  storageClassName: manual
                  nfs: {server: nfs.local, path: /exports}
                  claimRef: {namespace: default, name: uploads}
                """);

        assertThat(manifest.persistentVolume("shared")).contains(new PersistentVolumeSpec(
                "shared", List.of(AccessMode.READ_WRITE_MANY), "100Mi",
                OptionalLong.of(100L << 20),
                new PersistentSource.Nfs("nfs.local", "/exports", false), "manual", "Retain",
                Optional.of("uploads"), new SourcePosition("m.yaml", 1, 1)));
    }

    @Test
    void persistentVolumeReadsLocalAndCsiSources() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: disk}
                spec:
                  capacity: {storage: 1Ti}
                  accessModes: [ReadWriteOnce]
                  local: {path: /mnt/disks/ssd1}
                ---
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: ebs}
                spec:
                  capacity: {storage: 5Gi}
                  accessModes: [ReadWriteOncePod]
                  csi: {driver: ebs.csi.aws.com, volumeHandle: vol-1}
                """);

        assertThat(manifest.persistentVolumes()).extracting(PersistentVolumeSpec::source)
                .containsExactly(new PersistentSource.Local("/mnt/disks/ssd1"),
                        new PersistentSource.Csi("ebs.csi.aws.com", "vol-1", false));
    }

    @Test
    void persistentVolumeWithoutSourceFails() {
        assertFailsAt("""
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: nowhere}
                spec:
                  capacity: {storage: 1Gi}
                  accessModes: [ReadWriteOnce]
                """, 5, 3, "spec: a PersistentVolume needs a source");
    }

    @Test
    void storageClassReadsItsBindingModeWithDefaults() {
        Manifest manifest = load("""
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata: {name: local}
                provisioner: kubernetes.io/no-provisioner
                volumeBindingMode: WaitForFirstConsumer
                """);

        StorageClassSpec local = manifest.storageClass("local").orElseThrow();
        assertThat(local.waitsForFirstConsumer()).isTrue();
        assertThat(local.reclaimPolicy()).isEqualTo("Delete");
    }

    @Test
    void unknownBindingModeFails() {
        assertFailsAt("""
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata: {name: local}
                provisioner: p
                volumeBindingMode: Lazy
                """, 5, 20, "must be one of Immediate, WaitForFirstConsumer, found \"Lazy\"");
    }
}
