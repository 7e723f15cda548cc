package dev.strata.manifest;

import java.util.List;

import dev.strata.source.SourcePosition;

import org.junit.jupiter.api.Test;

import static dev.strata.manifest.Inputs.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The shapes a manifest file comes in, and the kinds that run pods. */
class ShapesTest {
    private static final String DROPPED = "kubectl refuses it (--validate=strict, its"
            + " default), other clients drop it";
    private static final String POD_TEMPLATE = """
              template:
                spec:
                  containers:
                    - name: app
                      image: app:1
            """;

    @Test
    void documentsAreReadInOrderSkippingEmptyOnes() {
        Manifest manifest = load("""
                ---
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: front}
                ---
                # only a comment
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: settings}
                """);

        assertThat(manifest.ignored()).containsExactly(
                new IgnoredObject("Service", "front", new SourcePosition("m.yaml", 3, 1)),
                new IgnoredObject("ServiceAccount", "settings",
                        new SourcePosition("m.yaml", 9, 1)));
    }

    @Test
    void listsAreFlattenedIncludingAListInsideAList() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: List
                    items:
                      - {apiVersion: v1, kind: Service, metadata: {name: inner}}
                  - {apiVersion: v1, kind: Service, metadata: {name: outer}}
                  - apiVersion: v1
                    kind: PersistentVolumeClaim
                    metadata: {name: data}
                    spec:
                      accessModes: [ReadWriteOncePod]
                      resources: {requests: {storage: 1Gi}}
                """);

        assertThat(manifest.ignored()).extracting(IgnoredObject::name)
                .containsExactly("inner", "outer");
        assertThat(manifest.claim("data").orElseThrow().accessModes())
                .containsExactly(AccessMode.READ_WRITE_ONCE_POD);
    }

    @Test
    void jsonIsReadLikeYamlEvenIndentedWithTabs() {
        Manifest manifest = load("{\n"
                + "\t\"apiVersion\": \"apps/v1\",\n"
                + "\t\"kind\": \"Deployment\",\n"
                + "\t\"metadata\": {\"name\": \"web\"},\n"
                + "\t\"spec\": {\"replicas\": 2, \"template\": {\"spec\": {\n"
                + "\t\t\"containers\": [{\"name\": \"web\", \"image\": \"web:1\",\n"
                + "\t\t\t\"volumeMounts\": [{\"name\": \"tmp\", \"mountPath\": \"/tmp\"}]"
                + "}],\n"
                + "\t\t\"volumes\": [{\"name\": \"tmp\","
                + " \"emptyDir\": {\"sizeLimit\": \"64Mi\"}}]\n"
                + "\t}}}\n"
                + "}\n");

        Workload web = manifest.workload("web").orElseThrow();
        assertThat(web.replicas()).isEqualTo(2);
        assertThat(web.pod().containers().get(0).position())
                .isEqualTo(new SourcePosition("m.yaml", 6, 18));
        assertThat(web.pod().volume("tmp").orElseThrow().source())
                .isEqualTo(new VolumeSource.EmptyDir("", "64Mi"));
    }

    @Test
    void replicasDefaultToOneWhenLeftOut() {
        Manifest manifest = load("""
                apiVersion: apps/v1
                kind: ReplicaSet
                metadata: {name: rs}
                spec:
                """ + POD_TEMPLATE);

        assertThat(manifest.workloads()).extracting(Workload::kind, Workload::replicas)
                .containsExactly(tuple("ReplicaSet", 1));
    }

    @Test
    void zeroReplicasAreKept() {
        Manifest manifest = load("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: idle}
                spec:
                  replicas: 0
                """ + POD_TEMPLATE);

        assertThat(manifest.workloads().get(0).replicas()).isZero();
    }

    @Test
    void daemonSetRecordsZeroReplicasAndRunsOnePerNode() {
        Manifest manifest = load("""
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent}
                spec:
                """ + POD_TEMPLATE);

        Workload agent = manifest.workloads().get(0);
        assertThat(agent.replicas()).isZero();
        assertThat(agent.onePerNode()).isTrue();
    }

    @Test
    void jobRunsItsParallelismAsReplicas() {
        Manifest manifest = load("""
                apiVersion: batch/v1
                kind: Job
                metadata: {name: batch}
                spec:
                  parallelism: 4
                """ + POD_TEMPLATE);

        assertThat(manifest.workloads().get(0).replicas()).isEqualTo(4);
        assertThat(manifest.workloads().get(0).onePerNode()).isFalse();
    }

    @Test
    void jobWithoutParallelismRunsOnePod() {
        Manifest manifest = load("""
                apiVersion: batch/v1
                kind: Job
                metadata: {generateName: batch-}
                spec:
                """ + POD_TEMPLATE);

        assertThat(manifest.workloads()).extracting(Workload::name, Workload::replicas)
                .containsExactly(tuple("batch-", 1));
    }

    @Test
    void cronJobReadsThePodTemplateInsideItsJobTemplate() {
        Manifest manifest = load("""
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nightly}
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      parallelism: 2
                      template:
                        spec:
                          containers:
                            - name: backup
                              image: backup:1
                              securityContext:
                                readOnlyRootFilesystem: true
                          restartPolicy: OnFailure
                """);

        Workload nightly = manifest.workloads().get(0);
        assertThat(nightly.replicas()).isEqualTo(2);
        assertThat(nightly.pod().containers()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("backup");
            assertThat(c.readOnlyRootFilesystem()).isTrue();
        });
    }

    @Test
    void volumeTypesStrataDoesNotModelAreKeptByName() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - name: app
                      image: app:1
                      volumeMounts:
                        - {name: info, mountPath: /etc/podinfo, subPath: labels}
                  volumes:
                    - name: info
                      gitRepo: {repository: "https://example.com/r.git"}
                    - name: share
                      cephfs: {monitors: [mon.local]}
                """);

        PodSpec pod = manifest.workloads().get(0).pod();
        assertThat(pod.volumes()).extracting(VolumeSpec::source).containsExactly(
                new VolumeSource.Other("gitRepo"), new VolumeSource.Other("cephfs"));
        assertThat(pod.containers().get(0).mounts().get(0).subPath()).isEqualTo("labels");
    }

    @Test
    void quantitiesAreKeptAsWrittenEvenWhenNumbers() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers: [{name: app, image: app:1}]
                  volumes:
                    - {name: cache, emptyDir: {medium: Memory, sizeLimit: 1Gi}}
                    - {name: scratch, emptyDir: {sizeLimit: 500}}
                """);

        assertThat(manifest.workloads().get(0).pod().volumes()).extracting(VolumeSpec::source)
                .containsExactly(
                        new VolumeSource.EmptyDir("Memory", "1Gi"),
                        new VolumeSource.EmptyDir("", "500"));
    }

    @Test
    void unknownVolumeFieldIsIgnoredWithAWarning() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers: [{name: app, image: app:1}]
                  volumes:
                    - name: logs
                      emptyDir: {}
                      emptydir: {}
                """);

        assertThat(manifest.workloads().get(0).pod().volumes()).hasSize(1);
        assertThat(manifest.warnings()).singleElement().satisfies(w -> {
            assertThat(w.position()).isEqualTo(new SourcePosition("m.yaml", 9, 7));
            assertThat(w.message()).isEqualTo(
                    "spec.volumes[0].emptydir: unknown volume field: " + DROPPED + ";"
                            + " did you mean \"emptyDir\"?");
        });
    }

    @Test
    void mergeKeysAreApplied() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - &base {name: app, image: app:1}
                    - <<: *base
                      name: sidecar
                """);

        assertThat(manifest.workloads().get(0).pod().containers())
                .extracting(ContainerSpec::name, ContainerSpec::image)
                .containsExactly(tuple("app", "app:1"), tuple("sidecar", "app:1"));
        assertThat(manifest.warnings()).isEmpty();
    }

    @Test
    void claimReadsItsModesAndStorage() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: shared}
                spec:
                  accessModes: [ReadOnlyMany, ReadWriteMany]
                  resources: {requests: {storage: 5Gi}}
                """);

        assertThat(manifest.claims()).containsExactly(new ClaimSpec("shared",
                List.of(AccessMode.READ_ONLY_MANY, AccessMode.READ_WRITE_MANY),
                "5Gi", new SourcePosition("m.yaml", 1, 1)));
    }

    @Test
    void initContainersAndSidecarsAreReadInOrderWithTheirRoles() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  initContainers:
                    - name: seed
                      image: seed:1
                      volumeMounts: [{name: data, mountPath: /seed}]
                    - name: shipper
                      image: shipper:1
                      restartPolicy: Always
                  containers:
                    - {name: app, image: app:1}
                  volumes:
                    - {name: data, emptyDir: {}}
                """);

        PodSpec pod = manifest.workloads().get(0).pod();
        assertThat(pod.containers()).extracting(ContainerSpec::name).containsExactly("app");
        assertThat(pod.initContainers())
                .extracting(ContainerSpec::name, ContainerSpec::role)
                .containsExactly(
                        tuple("seed", ContainerRole.INIT),
                        tuple("shipper", ContainerRole.SIDECAR));
        assertThat(pod.initContainers().get(0).mounts().get(0).mountPath()).isEqualTo("/seed");
        assertThat(pod.allContainers()).extracting(ContainerSpec::name)
                .containsExactly("seed", "shipper", "app");
    }

    @Test
    void ephemeralStorageRequestDefaultsToItsLimit() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - name: app
                      image: app:1
                      resources: {limits: {ephemeral-storage: 500Mi}}
                    - name: log
                      image: log:1
                      resources: {requests: {ephemeral-storage: 1e3}}
                """);

        List<ContainerSpec> containers = manifest.workloads().get(0).pod().containers();
        Quantity limit = new Quantity("500Mi", 500L << 20);
        assertThat(containers.get(0).ephemeralStorageLimit()).contains(limit);
        assertThat(containers.get(0).ephemeralStorageRequest()).contains(limit);
        assertThat(containers.get(1).ephemeralStorageRequest())
                .contains(new Quantity("1e3", 1000));
        assertThat(containers.get(1).ephemeralStorageLimit()).isEmpty();
    }

    @Test
    void mountKeepsSubPathExprRecursiveReadOnlyAndPropagation() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - name: app
                      image: app:1
                      volumeMounts:
                        - name: data
                          mountPath: /data
                          subPathExpr: $(POD_NAME)
                          readOnly: true
                          recursiveReadOnly: IfPossible
                          mountPropagation: None
                  volumes:
                    - {name: data, emptyDir: {}}
                """);

        MountSpec mount = manifest.workloads().get(0).pod().containers().get(0).mounts().get(0);
        assertThat(mount).isEqualTo(new MountSpec("data", "/data", "", true, mount.position(),
                "$(POD_NAME)", "IfPossible", "None"));
    }

    @Test
    void sizeLimitAndClaimStorageAreAlsoReadAsBytes() {
        Manifest manifest = load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers: [{name: app, image: app:1}]
                  volumes:
                    - {name: cache, emptyDir: {sizeLimit: 64Mi}}
                ---
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                spec:
                  accessModes: [ReadWriteOnce]
                  resources: {requests: {storage: 5G}}
                """);

        var dir = (VolumeSource.EmptyDir) manifest.workloads().get(0).pod().volumes().get(0)
                .source();
        assertThat(dir.sizeLimitBytes()).hasValue(64L << 20);
        assertThat(manifest.claim("data").orElseThrow().storageBytes()).hasValue(5_000_000_000L);
    }

    @Test
    void unknownFieldsOfPodsContainersAndMountsAreIgnoredWithWarnings() {
        Manifest manifest = load("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, labelz: {}}
                spec:
                  replica: 2
                  template:
                    spec:
                      containers:
                        - name: web
                          image: web:1
                          volumeMount: []
                      volume: []
                """);

        assertThat(manifest.workloads().get(0).replicas()).isEqualTo(1);
        assertThat(manifest.warnings()).extracting(ManifestWarning::toString).containsExactly(
                "m.yaml:3:23: metadata.labelz: unknown field: " + DROPPED + ";"
                        + " did you mean \"labels\"?",
                "m.yaml:5:3: spec.replica: unknown field: " + DROPPED + ";"
                        + " did you mean \"replicas\"?",
                "m.yaml:11:11: spec.template.spec.containers[0].volumeMount: unknown field: "
                        + DROPPED + "; did you mean \"volumeMounts\"?",
                "m.yaml:12:7: spec.template.spec.volume: unknown field: " + DROPPED + ";"
                        + " did you mean \"volumes\"?");
    }

    @Test
    void flowStyleWithTrailingCommasIsRead() {
        Manifest manifest = load("""
                {apiVersion: v1, kind: Pod, metadata: {name: p,},
                 spec: {containers: [{name: app, image: "app:1",},],},}
                """);

        assertThat(manifest.workloads()).extracting(Workload::name).containsExactly("p");
    }
}
