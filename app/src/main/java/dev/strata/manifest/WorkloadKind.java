package dev.strata.manifest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The kinds that run pods, and where each keeps its pod spec and its pod count. A new
 * kind is one more constant.
 */
enum WorkloadKind {
    DEPLOYMENT("Deployment", "spec.template.spec", "spec.replicas", 1),
    STATEFUL_SET("StatefulSet", "spec.template.spec", "spec.replicas", 1),
    /** One pod per node: its count is the node count, recorded as 0. */
    DAEMON_SET("DaemonSet", "spec.template.spec", "", 0),
    REPLICA_SET("ReplicaSet", "spec.template.spec", "spec.replicas", 1),
    REPLICATION_CONTROLLER("ReplicationController", "spec.template.spec", "spec.replicas", 1),
    /** A bare pod is one replica, and its spec is the pod spec itself. */
    POD("Pod", "spec", "", 1),
    /** A Job runs {@code parallelism} pods at once. */
    JOB("Job", "spec.template.spec", "spec.parallelism", 1),
    CRON_JOB("CronJob", "spec.jobTemplate.spec.template.spec",
            "spec.jobTemplate.spec.parallelism", 1);

    private final String kind;
    private final String podSpecPath;
    private final String replicasPath;
    private final int defaultReplicas;

    WorkloadKind(String kind, String podSpecPath, String replicasPath, int defaultReplicas) {
        this.kind = kind;
        this.podSpecPath = podSpecPath;
        this.replicasPath = replicasPath;
        this.defaultReplicas = defaultReplicas;
    }

    static Optional<WorkloadKind> of(String kind) {
        return Arrays.stream(values()).filter(k -> k.kind.equals(kind)).findFirst();
    }

    Workload read(Value object, String name) {
        int replicas = replicas(object);
        Value podSpec = object.requiredAt(podSpecPath);
        PodSpec pod = PodSpecs.read(podSpec, claimTemplates(object));
        Value spec = object.required("spec");
        return new Workload(kind, name, replicas, pod, object.position(), strategy(spec),
                retention(spec), completions(spec));
    }

    private Optional<DeploymentStrategy> strategy(Value spec) {
        return this == DEPLOYMENT ? Optional.of(Controllers.strategy(spec)) : Optional.empty();
    }

    private Optional<ClaimRetentionPolicy> retention(Value spec) {
        return this == STATEFUL_SET ? Optional.of(Controllers.retention(spec)) : Optional.empty();
    }

    private OptionalInt completions(Value spec) {
        if (this == JOB) {
            return Controllers.completions(spec);
        }
        return this == CRON_JOB
                ? Controllers.completions(spec.requiredAt("jobTemplate.spec"))
                : OptionalInt.empty();
    }

    private int replicas(Value object) {
        if (replicasPath.isEmpty()) {
            return defaultReplicas;
        }
        return object.at(replicasPath).map(Value::count).orElse(defaultReplicas);
    }

    private List<VolumeSpec> claimTemplates(Value object) {
        if (this != STATEFUL_SET) {
            return List.of();
        }
        return object.at("spec.volumeClaimTemplates").map(Value::items).orElse(List.of())
                .stream()
                .map(WorkloadKind::claimTemplate)
                .toList();
    }

    private static VolumeSpec claimTemplate(Value template) {
        ClaimSpec claim = Claims.template(template);
        var source = new VolumeSource.ClaimTemplate(claim);
        return new VolumeSpec(claim.name(), source, claim.position());
    }
}
