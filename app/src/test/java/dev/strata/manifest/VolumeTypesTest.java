package dev.strata.manifest;

import java.util.List;
import java.util.OptionalLong;

import dev.strata.source.SourcePosition;

import org.junit.jupiter.api.Test;

import static dev.strata.manifest.Inputs.assertFailsAt;
import static dev.strata.manifest.Inputs.load;
import static org.assertj.core.api.Assertions.assertThat;

/** Every volume type Strata models, read from a pod. */
class VolumeTypesTest {
    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              containers: [{name: app, image: app:1}]
              volumes:
            """;

    private static VolumeSource only(String volumes) {
        return load(POD + volumes).workloads().get(0).pod().volumes().get(0).source();
    }

    private static SourcePosition at(int line, int column) {
        return new SourcePosition("m.yaml", line, column);
    }

    @Test
    void configMapKeepsItsItemsAndOptional() {
        VolumeSource source = only("""
                    - name: cfg
                      configMap:
                        name: settings
                        optional: true
                        items: [{key: app.properties, path: conf/app.properties}]
                """);

        assertThat(source).isEqualTo(new VolumeSource.ConfigMap("settings",
                List.of(new KeyToPath("app.properties", "conf/app.properties", at(11, 17))),
                true));
    }

    @Test
    void secretKeepsItsItems() {
        VolumeSource source = only("""
                    - name: tls
                      secret: {secretName: tls, items: [{key: tls.crt, path: cert.pem}]}
                """);

        assertThat(source).isEqualTo(new VolumeSource.Secret("tls",
                List.of(new KeyToPath("tls.crt", "cert.pem", at(8, 41))), false));
    }

    @Test
    void itemPathClimbingOutFails() {
        assertFailsAt(POD + """
                    - name: cfg
                      configMap: {name: c, items: [{key: a, path: ../a}]}
                """, 8, 51, "path: must be a relative path inside the volume");
    }

    @Test
    void projectedListsItsSourcesAndTheirFiles() {
        VolumeSource source = only("""
                    - name: all
                      projected:
                        sources:
                          - configMap: {name: settings}
                          - secret: {name: creds, items: [{key: user, path: u}], optional: true}
                          - downwardAPI:
                              items: [{path: labels, fieldRef: {fieldPath: metadata.labels}}]
                          - serviceAccountToken: {path: token, expirationSeconds: 3600}
                """);

        assertThat(source).isEqualTo(new VolumeSource.Projected(List.of(
                new VolumeSource.Projection("configMap", "settings", List.of(), false),
                new VolumeSource.Projection("secret", "creds",
                        List.of(new KeyToPath("user", "u", at(11, 43))), true),
                new VolumeSource.Projection("downwardAPI", "",
                        List.of(new KeyToPath("metadata.labels", "labels", at(13, 23))), false),
                new VolumeSource.Projection("serviceAccountToken", "",
                        List.of(new KeyToPath("token", "token", at(14, 34))), false))));
    }

    @Test
    void projectedSourceWithTwoTypesFails() {
        assertFailsAt(POD + """
                    - name: all
                      projected:
                        sources:
                          - {configMap: {name: a}, secret: {name: b}}
                """, 10, 13, "a projected source takes exactly one of");
    }

    @Test
    void downwardApiKeysItsFilesByFieldOrResource() {
        VolumeSource source = only("""
                    - name: info
                      downwardAPI:
                        items:
                          - {path: name, fieldRef: {fieldPath: metadata.name}}
                          - {path: mem, resourceFieldRef: {resource: limits.memory}}
                """);

        assertThat(source).isEqualTo(new VolumeSource.DownwardApi(List.of(
                new KeyToPath("metadata.name", "name", at(10, 13)),
                new KeyToPath("limits.memory", "mem", at(11, 13)))));
    }

    @Test
    void ephemeralKeepsItsClaimTemplate() {
        VolumeSource source = only("""
                    - name: scratch
                      ephemeral:
                        volumeClaimTemplate:
                          spec:
                            accessModes: [ReadWriteOnce]
                            storageClassName: fast
                            resources: {requests: {storage: 2Gi}}
                """);

        assertThat(source).isEqualTo(new VolumeSource.Ephemeral(
                List.of(AccessMode.READ_WRITE_ONCE), "2Gi", OptionalLong.of(2L << 30), "fast"));
    }

    @Test
    void ephemeralWithoutStorageFails() {
        assertFailsAt(POD + """
                    - name: scratch
                      ephemeral:
                        volumeClaimTemplate:
                          spec: {accessModes: [ReadWriteOnce]}
                """, 10, 17, "resources.requests.storage is required");
    }

    @Test
    void imageVolumeKeepsItsReferenceAndPullPolicy() {
        VolumeSource source = only("""
                    - name: model
                      image: {reference: "quay.io/models/llm:v1", pullPolicy: IfNotPresent}
                """);

        assertThat(source).isEqualTo(
                new VolumeSource.Image("quay.io/models/llm:v1", "IfNotPresent"));
    }

    @Test
    void imageVolumeWithAnUnknownPullPolicyFails() {
        assertFailsAt(POD + """
                    - name: model
                      image: {reference: m:1, pullPolicy: Sometimes}
                """, 8, 43, "must be Always, IfNotPresent or Never");
    }

    @Test
    void nfsAndCsiKeepTheirServerAndDriver() {
        PodSpec pod = load(POD + """
                    - {name: share, nfs: {server: nfs.local, path: /exports, readOnly: true}}
                    - {name: inline, csi: {driver: secrets-store.csi.k8s.io}}
                """).workloads().get(0).pod();

        assertThat(pod.volumes()).extracting(VolumeSpec::source).containsExactly(
                new VolumeSource.Nfs("nfs.local", "/exports", true),
                new VolumeSource.Csi("secrets-store.csi.k8s.io", false));
    }
}
