package dev.strata.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static dev.strata.manifest.Inputs.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Summaries of public manifests, written by hand from the files; see {@link Summaries}
 * for the format. Every other fixture must at least load.
 */
class FixtureSummariesTest {
    private static final String KEPT = "kubectl refuses it (--validate=strict, its"
            + " default), other clients keep the last value, as shown here";
    private static final String DROPPED = "kubectl refuses it (--validate=strict, its"
            + " default), other clients drop it";
    private static List<String> summary(String name) {
        return Summaries.of(ManifestLoader.load(fixture(name)));
    }

    @Test
    void everyFixtureLoads() throws IOException {
        Path folder = fixture("PROVENANCE.tsv").getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> manifests = files.filter(f -> f.toString().endsWith(".yaml")).toList();

            assertThat(manifests).hasSizeGreaterThanOrEqualTo(18);
            manifests.forEach(ManifestLoader::load);
        }
    }

    @Test
    void onlyTheFixtureWrittenWithUnknownFieldsWarnsAboutAny() throws IOException {
        Path folder = fixture("PROVENANCE.tsv").getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<String> warned = files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> ManifestLoader.load(f).warnings().stream()
                            .anyMatch(w -> w.message().contains("unknown field")))
                    .map(f -> f.getFileName().toString())
                    .toList();

            assertThat(warned).containsExactly("kubernetes_kubernetes__hack_testdata_"
                    + "invalid-deployment-unknown-and-duplicate-fields.yaml");
        }
    }

    @Test
    void tensorflowServingDeployment() {
        assertThat(summary("kubernetes_examples__AI_model-serving-tensorflow_deployment.yaml"))
                .containsExactly(
                        "Deployment tf-serving replicas=1 line=1"
                                + " strategy=RollingUpdate 25%/25%",
                        "  container tensorflow-serving tensorflow/serving:2.19.0",
                        "    /models/my_model <- model-volume",
                        "  volume model-volume: persistentVolumeClaim my-model-pvc",
                        "warning 32:11 PersistentVolumeClaim \"my-model-pvc\" of volume"
                                + " \"model-volume\" is not in this file; Strata assumes"
                                + " ReadWriteOnce");
    }

    @Test
    void tensorflowPersistentVolume() {
        assertThat(summary("kubernetes_examples__AI_model-serving-tensorflow_pv.yaml"))
                .containsExactly("persistentVolume my-model-pv ROX 1Gi hostPath");
    }

    @Test
    void httpsNginxServiceAndReplicationController() {
        assertThat(summary("kubernetes_examples___archived_https-nginx_nginx-app.yaml"))
                .containsExactly(
                        "ReplicationController my-nginx replicas=1 line=19",
                        "  container nginxhttps ymqytw/nginxhttps:1.5",
                        "    /etc/nginx/ssl <- secret-volume",
                        "    /etc/nginx/conf.d <- configmap-volume",
                        "  volume secret-volume: secret nginxsecret",
                        "  volume configmap-volume: configMap nginxconfigmap",
                        "ignored Service nginxsvc line=1",
                        "warning 31:9 Secret \"nginxsecret\" of volume \"secret-volume\" is not"
                                + " in this file: Kubernetes keeps the pod in ContainerCreating"
                                + " until it exists (unless optional: true); Strata shows the"
                                + " volume empty",
                        "warning 34:9 ConfigMap \"nginxconfigmap\" of volume"
                                + " \"configmap-volume\" is not in this file: Kubernetes keeps"
                                + " the pod in ContainerCreating until it exists (unless"
                                + " optional: true); Strata shows the volume empty");
    }

    @Test
    void listOfAServiceAndADeployment() {
        assertThat(summary("kubernetes_kubernetes__hack_testdata_list.yaml")).containsExactly(
                "Deployment list-deployment-test replicas=1 line=14"
                        + " strategy=RollingUpdate 25%/25%",
                "  container nginx nginx",
                "ignored Service list-service-test line=4");
    }

    @Test
    void deploymentWithADuplicateKeyAndUnknownFields() {
        assertThat(summary("kubernetes_kubernetes__hack_testdata_"
                + "invalid-deployment-unknown-and-duplicate-fields.yaml")).containsExactly(
                "Deployment invalid-nginx-deployment replicas=4 line=1"
                        + " strategy=RollingUpdate 25%/25%",
                "  container nginx nginx:1.14.2",
                "warning 9:3 duplicate key \"replicas\" (first at line 8); " + KEPT,
                "warning 10:3 spec.foo: unknown field: " + DROPPED,
                "warning 11:3 spec.baz: unknown field: " + DROPPED);
    }

    @Test
    void cassandraStatefulSetAndItsStorageClass() {
        assertThat(summary("kubernetes_examples__databases_cassandra_cassandra-statefulset.yaml"))
                .containsExactly(
                        "StatefulSet cassandra replicas=3 line=1 retention=Retain/Retain",
                        "  container cassandra gcr.io/google-samples/cassandra:v14",
                        "    /var/lib/cassandra <- cassandra-data",
                        "  claimTemplate cassandra-data RWO 1Gi",
                        "storageClass fast k8s.io/minikube-hostpath Immediate line=109");
    }

    @Test
    void cockroachdbStatefulSetWithItsInitContainer() {
        assertThat(summary(
                "kubernetes_examples___archived_cockroachdb_cockroachdb-statefulset.yaml"))
                .containsExactly(
                        "StatefulSet cockroachdb replicas=3 line=69 retention=Retain/Retain",
                        "  init container bootstrap cockroachdb/cockroach-k8s-init:0.2",
                        "    /cockroach/cockroach-data <- datadir",
                        "  container cockroachdb cockroachdb/cockroach:v1.1.0",
                        "    /cockroach/cockroach-data <- datadir",
                        "  claimTemplate datadir RWO 1Gi",
                        "ignored Service cockroachdb-public line=1",
                        "ignored Service cockroachdb line=23",
                        "ignored PodDisruptionBudget cockroachdb-budget line=57");
    }

    @Test
    void newrelicDaemonSetOverHostPaths() {
        assertThat(summary("kubernetes_examples___archived_newrelic_newrelic-daemonset.yaml"))
                .containsExactly(
                        "DaemonSet newrelic-agent replicas=per-node line=1",
                        "  container newrelic newrelic/nrsysmond",
                        "    /etc/kube-newrelic <- newrelic-config (ro)",
                        "    /dev <- dev",
                        "    /var/run/docker.sock <- run",
                        "    /sys <- sys",
                        "    /var/log <- log",
                        "  volume newrelic-config: secret newrelic-config",
                        "  volume dev: hostPath /dev",
                        "  volume run: hostPath /var/run/docker.sock",
                        "  volume sys: hostPath /sys",
                        "  volume log: hostPath /var/log",
                        "warning 49:11 Secret \"newrelic-config\" of volume \"newrelic-config\""
                                + " is not in this file: Kubernetes keeps the pod in"
                                + " ContainerCreating until it exists (unless optional: true);"
                                + " Strata shows the volume empty");
    }
}
