package dev.strata.manifest;

import dev.strata.source.SourcePosition;

import org.junit.jupiter.api.Test;

import static dev.strata.manifest.Inputs.assertFailsAt;
import static dev.strata.manifest.Inputs.load;
import static org.assertj.core.api.Assertions.assertThat;

/** What kubectl accepts but may not run as the user thinks: warnings at their positions. */
class WarningsTest {
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                    - name: web
                      image: web:1
            """;

    private static void assertOnlyWarning(Manifest manifest, int line, int column,
            String message) {
        assertThat(manifest.warnings()).singleElement().satisfies(w -> {
            assertThat(w.position()).isEqualTo(new SourcePosition("m.yaml", line, column));
            assertThat(w.message()).contains(message);
        });
    }

    @Test
    void configMapNotInTheFileWarnsAtTheVolume() {
        Manifest manifest = load(DEPLOYMENT + """
                      volumes:
                        - {name: cfg, configMap: {name: settings}}
                """);

        assertOnlyWarning(manifest, 12, 11, "ConfigMap \"settings\" of volume \"cfg\" is not"
                + " in this file: Kubernetes keeps the pod in ContainerCreating");
    }

    @Test
    void optionalSecretNotInTheFileIsFine() {
        Manifest manifest = load(DEPLOYMENT + """
                      volumes:
                        - {name: tls, secret: {secretName: tls, optional: true}}
                """);

        assertThat(manifest.warnings()).isEmpty();
    }

    @Test
    void itemNamingAKeyTheConfigMapLacksWarnsAtTheItem() {
        Manifest manifest = load(DEPLOYMENT + """
                      volumes:
                        - name: cfg
                          configMap:
                            name: settings
                            items: [{key: app.yaml, path: app.yaml}]
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {app.yml: "x"}
                """);

        assertOnlyWarning(manifest, 15, 21, "ConfigMap \"settings\" has no key \"app.yaml\"");
    }

    @Test
    void projectedSecretNotInTheFileWarns() {
        Manifest manifest = load(DEPLOYMENT + """
                      volumes:
                        - name: all
                          projected: {sources: [{secret: {name: creds}}]}
                """);

        assertOnlyWarning(manifest, 12, 11, "Secret \"creds\" of volume \"all\"");
    }

    @Test
    void claimNotInTheFileWarnsThatReadWriteOnceIsAssumed() {
        Manifest manifest = load(DEPLOYMENT + """
                      volumes:
                        - {name: data, persistentVolumeClaim: {claimName: uploads}}
                """);

        assertOnlyWarning(manifest, 12, 11, "PersistentVolumeClaim \"uploads\" of volume"
                + " \"data\" is not in this file; Strata assumes ReadWriteOnce");
    }

    @Test
    void hostPathInAMultiReplicaWorkloadWarns() {
        Manifest manifest = load(DEPLOYMENT + """
                      volumes:
                        - {name: host, hostPath: {path: /srv}}
                """);

        assertOnlyWarning(manifest, 12, 11, "hostPath volume \"host\" in a workload of 3"
                + " replicas: replicas on different nodes see different files");
    }

    @Test
    void readOnlyClaimMountedWithoutReadOnlyWarnsAtTheMount() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - name: app
                      image: app:1
                      volumeMounts: [{name: data, mountPath: /data}]
                  volumes:
                    - {name: data, persistentVolumeClaim: {claimName: d, readOnly: true}}
                ---
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: d}
                spec: {accessModes: [ReadOnlyMany], resources: {requests: {storage: 1Gi}}}
                """);

        assertOnlyWarning(manifest, 8, 22, "volume \"data\" is a read-only claim, so this"
                + " mount is read-only");
    }

    @Test
    void statefulSetWithoutClaimTemplatesWarnsAtTheWorkload() {
        Manifest manifest = load(DEPLOYMENT.replace("Deployment", "StatefulSet"));

        assertOnlyWarning(manifest, 1, 1, "StatefulSet \"web\" has no volumeClaimTemplates");
    }

    @Test
    void removedApiVersionIsReadWithAWarning() {
        Manifest manifest = load(DEPLOYMENT.replace("apps/v1", "extensions/v1beta1"));

        assertThat(manifest.workloads()).hasSize(1);
        assertOnlyWarning(manifest, 1, 13, "apiVersion: Deployment extensions/v1beta1 was"
                + " removed in Kubernetes 1.16; read as apps/v1");
    }

    @Test
    void apiVersionThatDoesNotServeTheKindFails() {
        assertFailsAt(DEPLOYMENT.replace("apps/v1", "v1"), 1, 13,
                "apiVersion: Deployment is served as apps/v1, not v1");
    }

    @Test
    void warningsAreInTheOrderOfTheFile() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers: [{name: app, image: app:1}]
                  volumes:
                    - {name: cfg, configMap: {name: settings}}
                    - {name: cfg2, configMap: {name: other}}
                  containers: [{name: app, image: app:1}]
                """);

        assertThat(manifest.warnings()).extracting(w -> w.position().line())
                .containsExactly(7, 8, 9);
    }
}
