package dev.strata.manifest;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.strata.source.SourcePosition;

import org.junit.jupiter.api.Test;

import static dev.strata.manifest.Inputs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Real manifests from kubernetes/examples and kubernetes/kubernetes, as listed in the
 * fixtures' PROVENANCE.tsv, read exactly.
 */
class PublicManifestsTest {
    private static Manifest load(String name) {
        return ManifestLoader.load(fixture(name));
    }

    private static List<VolumeSource> sources(Workload workload) {
        return workload.pod().volumes().stream().map(VolumeSpec::source).toList();
    }

    @Test
    void tensorflowServingMountsItsModelClaim() {
        Manifest manifest = load(
                "kubernetes_examples__AI_model-serving-tensorflow_deployment.yaml");

        Workload workload = manifest.workload("tf-serving").orElseThrow();
        assertThat(workload.replicas()).isEqualTo(1);
        assertThat(workload.pod().containers()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("tensorflow-serving");
            assertThat(c.image()).isEqualTo("tensorflow/serving:2.19.0");
            assertThat(c.mounts()).extracting(MountSpec::volume, MountSpec::mountPath)
                    .containsExactly(tuple("model-volume", "/models/my_model"));
        });
        assertThat(sources(workload))
                .containsExactly(new VolumeSource.Claim("my-model-pvc", false));
    }

    @Test
    void persistentVolumeReadsItsModesCapacityAndHostPath() {
        Manifest manifest = load("kubernetes_examples__AI_model-serving-tensorflow_pv.yaml");

        assertThat(manifest.workloads()).isEmpty();
        assertThat(manifest.ignored()).isEmpty();
        assertThat(manifest.persistentVolumes()).containsExactly(new PersistentVolumeSpec(
                "my-model-pv", List.of(AccessMode.READ_ONLY_MANY), "1Gi",
                OptionalLong.of(1L << 30),
                new PersistentVolumeSpec.PersistentSource.HostPath("/mnt/models/my_model", ""),
                "", "Retain", Optional.empty(), new SourcePosition(manifest.file(), 1, 1)));
    }

    @Test
    void prometheusAdapterKeepsItsDeploymentAndConfigMapAndListsSevenOtherObjects() {
        Manifest manifest = load(
                "kubernetes_examples__AI_vllm-deployment_hpa_prometheus-adapter.yaml");

        assertThat(manifest.ignored()).extracting(IgnoredObject::kind).containsExactly(
                "ServiceAccount", "ClusterRole", "ClusterRoleBinding", "RoleBinding",
                "ClusterRoleBinding", "Service", "APIService");
        assertThat(manifest.configMap("prometheus-adapter").orElseThrow().keys())
                .extracting(DataKey::key, DataKey::binary)
                .containsExactly(tuple("config.yaml", false));
        Workload adapter = manifest.workload("prometheus-adapter").orElseThrow();
        assertThat(adapter.position().line()).isEqualTo(132);
        assertThat(adapter.pod().containers().get(0).mounts())
                .extracting(MountSpec::volume, MountSpec::mountPath, MountSpec::readOnly)
                .containsExactly(
                        tuple("config", "/etc/adapter", true),
                        tuple("certs", "/tmp/cert", false));
        assertThat(sources(adapter)).containsExactly(
                new VolumeSource.ConfigMap("prometheus-adapter"),
                new VolumeSource.EmptyDir("", ""));
    }

    @Test
    void vllmMountsAMemoryEmptyDirAtDevShm() {
        Manifest manifest = load("kubernetes_examples__AI_vllm-deployment_vllm-deployment.yaml");

        Workload vllm = manifest.workload("vllm-gemma-deployment").orElseThrow();
        assertThat(vllm.pod().containers().get(0).mounts())
                .extracting(MountSpec::volume, MountSpec::mountPath)
                .containsExactly(tuple("dshm", "/dev/shm"));
        assertThat(sources(vllm)).singleElement().isInstanceOfSatisfying(
                VolumeSource.EmptyDir.class, e -> assertThat(e.inMemory()).isTrue());
    }

    @Test
    void cockroachdbClaimTemplateReplacesThePodVolumeOfTheSameName() {
        Manifest manifest = load(
                "kubernetes_examples___archived_cockroachdb_cockroachdb-statefulset.yaml");

        Workload db = manifest.workload("cockroachdb").orElseThrow();
        assertThat(db.kind()).isEqualTo("StatefulSet");
        assertThat(db.replicas()).isEqualTo(3);
        assertThat(db.pod().volumes()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("datadir");
            assertThat(v.position().line()).isEqualTo(169);
            var template = (VolumeSource.ClaimTemplate) v.source();
            assertThat(template.template().accessModes())
                    .containsExactly(AccessMode.READ_WRITE_ONCE);
            assertThat(template.template().storage()).isEqualTo("1Gi");
            assertThat(template.claimName("cockroachdb", 0)).isEqualTo("datadir-cockroachdb-0");
        });
        assertThat(db.pod().containers()).extracting(ContainerSpec::name)
                .containsExactly("cockroachdb");
        assertThat(manifest.ignored()).extracting(IgnoredObject::kind, IgnoredObject::name)
                .containsExactly(
                        tuple("Service", "cockroachdb-public"),
                        tuple("Service", "cockroachdb"),
                        tuple("PodDisruptionBudget", "cockroachdb-budget"));
    }

    @Test
    void elasticsearchReplicationControllerKeepsDataOnAnEmptyDir() {
        Manifest manifest = load("kubernetes_examples___archived_elasticsearch_es-rc.yaml");

        Workload es = manifest.workload("es").orElseThrow();
        assertThat(es.kind()).isEqualTo("ReplicationController");
        assertThat(es.replicas()).isEqualTo(1);
        assertThat(es.pod().containers()).extracting(ContainerSpec::name).containsExactly("es");
        assertThat(es.pod().volume("storage")).get().extracting(VolumeSpec::source)
                .isEqualTo(new VolumeSource.EmptyDir("", ""));
    }

    @Test
    void httpsNginxMountsASecretAndAConfigMap() {
        Manifest manifest = load("kubernetes_examples___archived_https-nginx_nginx-app.yaml");

        Workload nginx = manifest.workload("my-nginx").orElseThrow();
        assertThat(nginx.pod().containers().get(0).mounts())
                .extracting(MountSpec::volume, MountSpec::mountPath)
                .containsExactly(
                        tuple("secret-volume", "/etc/nginx/ssl"),
                        tuple("configmap-volume", "/etc/nginx/conf.d"));
        assertThat(sources(nginx)).containsExactly(
                new VolumeSource.Secret("nginxsecret"),
                new VolumeSource.ConfigMap("nginxconfigmap"));
        assertThat(manifest.ignored()).extracting(IgnoredObject::name).containsExactly("nginxsvc");
    }

    @Test
    void tomcatPodIsOneReplicaWithItsSpecAsThePodSpec() {
        Manifest manifest = load(
                "kubernetes_examples___archived_javaweb-tomcat-sidecar_javaweb.yaml");

        Workload pod = manifest.workload("javaweb").orElseThrow();
        assertThat(pod.kind()).isEqualTo("Pod");
        assertThat(pod.replicas()).isEqualTo(1);
        assertThat(pod.pod().containers().get(0).mounts())
                .extracting(MountSpec::volume, MountSpec::mountPath)
                .containsExactly(tuple("app-volume", "/root/apache-tomcat-7.0.42-v2/webapps"));
    }

    @Test
    void newrelicDaemonSetRunsOnePodPerNodeOverHostPaths() {
        Manifest manifest = load(
                "kubernetes_examples___archived_newrelic_newrelic-daemonset.yaml");

        Workload agent = manifest.workload("newrelic-agent").orElseThrow();
        assertThat(agent.onePerNode()).isTrue();
        assertThat(agent.replicas()).isZero();
        assertThat(sources(agent)).containsExactly(
                new VolumeSource.Secret("newrelic-config"),
                new VolumeSource.HostPath("/dev", ""),
                new VolumeSource.HostPath("/var/run/docker.sock", "Socket"),
                new VolumeSource.HostPath("/sys", ""),
                new VolumeSource.HostPath("/var/log", ""));
    }

    @Test
    void seleniumDeploymentRunsTwoReplicasWithMemoryShm() {
        Manifest manifest = load(
                "kubernetes_examples___archived_selenium_selenium-node-chrome-deployment.yaml");

        Workload node = manifest.workload("selenium-node-chrome").orElseThrow();
        assertThat(node.replicas()).isEqualTo(2);
        assertThat(sources(node)).containsExactly(new VolumeSource.EmptyDir("Memory", ""));
    }

    @Test
    void minioMountsAVolumeDeclaredOnlyAsAClaimTemplate() {
        Manifest manifest = load(
                "kubernetes_examples___archived_storage_minio_minio-distributed-statefulset.yaml");

        Workload minio = manifest.workload("minio").orElseThrow();
        assertThat(minio.replicas()).isEqualTo(4);
        assertThat(minio.pod().volume("data")).get().extracting(VolumeSpec::source)
                .isInstanceOfSatisfying(VolumeSource.ClaimTemplate.class,
                        t -> assertThat(t.template().storage()).isEqualTo("10Gi"));
    }

    @Test
    void vitessPodKeepsScriptPlaceholdersInsideStringsAsText() {
        Manifest manifest = load(
                "kubernetes_examples___archived_storage_vitess_vttablet-pod-template.yaml");

        Workload pod = manifest.workloads().get(0);
        assertThat(pod.name()).isEqualTo("vttablet-{{uid}}");
        assertThat(pod.pod().containers()).extracting(ContainerSpec::name)
                .containsExactly("vttablet", "mysql");
        assertThat(pod.pod().containers().get(0).mounts())
                .extracting(MountSpec::mountPath, MountSpec::readOnly)
                .containsExactly(
                        tuple("/dev/log", false),
                        tuple("/vt/vtdataroot", false),
                        tuple("/etc/ssl/certs", true));
        assertThat(sources(pod)).containsExactly(
                new VolumeSource.HostPath("/dev/log", ""),
                new VolumeSource.EmptyDir("", ""),
                new VolumeSource.HostPath("/etc/ssl/certs", ""));
    }

    @Test
    void nfsBusyboxSharesTheNfsClaimBetweenTwoReplicas() {
        Manifest manifest = load(
                "kubernetes_examples___archived_volumes_nfs_nfs-busybox-deployment.yaml");

        Workload busybox = manifest.workload("nfs-busybox").orElseThrow();
        assertThat(busybox.replicas()).isEqualTo(2);
        assertThat(busybox.pod().containers().get(0).name()).isEqualTo("busybox");
        assertThat(sources(busybox)).containsExactly(new VolumeSource.Claim("nfs", false));
    }

    @Test
    void nfsServerExportsItsClaim() {
        Manifest manifest = load(
                "kubernetes_examples___archived_volumes_nfs_nfs-server-deployment.yaml");

        Workload server = manifest.workload("nfs-server").orElseThrow();
        assertThat(server.pod().containers().get(0).mounts())
                .extracting(MountSpec::volume, MountSpec::mountPath)
                .containsExactly(tuple("mypvc", "/exports"));
        assertThat(sources(server))
                .containsExactly(new VolumeSource.Claim("nfs-pv-provisioning-demo", false));
    }

    @Test
    void vsphereStatefulSetGivesFourteenReplicasTheirOwnClaims() {
        Manifest manifest = load(
                "kubernetes_examples___archived_volumes_vsphere_simple-statefulset.yaml");

        Workload web = manifest.workload("web").orElseThrow();
        assertThat(web.replicas()).isEqualTo(14);
        assertThat(web.pod().volumes()).extracting(VolumeSpec::name).containsExactly("www");
        assertThat(manifest.ignored()).extracting(IgnoredObject::kind).containsExactly("Service");
    }

    @Test
    void cassandraStatefulSetClaimsOneGibibytePerReplica() {
        Manifest manifest = load(
                "kubernetes_examples__databases_cassandra_cassandra-statefulset.yaml");

        Workload cassandra = manifest.workload("cassandra").orElseThrow();
        assertThat(cassandra.replicas()).isEqualTo(3);
        assertThat(cassandra.pod().containers().get(0).mounts())
                .extracting(MountSpec::volume, MountSpec::mountPath)
                .containsExactly(tuple("cassandra-data", "/var/lib/cassandra"));
        assertThat(sources(cassandra)).singleElement()
                .isInstanceOfSatisfying(VolumeSource.ClaimTemplate.class,
                        t -> assertThat(t.template().storage()).isEqualTo("1Gi"));
        assertThat(manifest.ignored()).isEmpty();
        assertThat(manifest.storageClasses()).containsExactly(new StorageClassSpec("fast",
                "k8s.io/minikube-hostpath", "Immediate", "Delete",
                new SourcePosition(manifest.file(), 109, 1)));
    }

    @Test
    void duplicateReplicasKeepTheLastValueAndWarnAtIt() {
        Manifest manifest = load("kubernetes_kubernetes__hack_testdata_"
                + "invalid-deployment-unknown-and-duplicate-fields.yaml");

        assertThat(manifest.workloads().get(0).replicas()).isEqualTo(4);
        assertThat(manifest.warnings()).first().satisfies(w -> {
            assertThat(w.position()).isEqualTo(new SourcePosition(manifest.file(), 9, 3));
            assertThat(w.message()).contains("duplicate key \"replicas\"", "line 8");
        });
    }

    @Test
    void listItemsAreReadAsObjects() {
        Manifest manifest = load("kubernetes_kubernetes__hack_testdata_list.yaml");

        assertThat(manifest.ignored()).extracting(IgnoredObject::kind, IgnoredObject::name)
                .containsExactly(tuple("Service", "list-service-test"));
        Workload deployment = manifest.workload("list-deployment-test").orElseThrow();
        assertThat(deployment.position().line()).isEqualTo(14);
        assertThat(deployment.pod().containers()).extracting(ContainerSpec::image)
                .containsExactly("nginx");
    }
}
