package dev.strata.manifest;

import java.util.Map;
import java.util.Set;

/**
 * The fields of the core/v1, apps/v1, batch/v1 and storage.k8s.io/v1 objects Strata
 * reads (kubernetes.io/docs/reference/kubernetes-api). A key outside them is ignored with
 * a warning, as kubectl's field validation warns about it by default.
 */
final class KnownFields {
    private static final String IGNORED = "unknown field, ignored as kubectl does";
    private static final Set<String> HEADER = Set.of("apiVersion", "kind", "metadata");
    private static final Set<String> METADATA = Set.of("name", "generateName", "namespace",
            "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp",
            "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations",
            "ownerReferences", "finalizers", "managedFields");
    /** The top-level fields of each kind besides apiVersion, kind and metadata. */
    private static final Map<String, Set<String>> TOP = Map.ofEntries(
            Map.entry("ConfigMap", Set.of("data", "binaryData", "immutable")),
            Map.entry("Secret", Set.of("data", "stringData", "type", "immutable")),
            Map.entry("StorageClass", Set.of("provisioner", "parameters", "reclaimPolicy",
                    "mountOptions", "allowVolumeExpansion", "volumeBindingMode",
                    "allowedTopologies")));
    private static final Set<String> SPEC_AND_STATUS = Set.of("spec", "status");
    /** The spec fields of each workload kind. */
    private static final Map<String, Set<String>> SPEC = Map.of(
            "Deployment", Set.of("replicas", "selector", "template", "strategy",
                    "minReadySeconds", "revisionHistoryLimit", "paused",
                    "progressDeadlineSeconds"),
            "StatefulSet", Set.of("replicas", "selector", "template", "volumeClaimTemplates",
                    "serviceName", "podManagementPolicy", "updateStrategy",
                    "revisionHistoryLimit", "minReadySeconds",
                    "persistentVolumeClaimRetentionPolicy", "ordinals"),
            "DaemonSet", Set.of("selector", "template", "updateStrategy", "minReadySeconds",
                    "revisionHistoryLimit"),
            "ReplicaSet", Set.of("replicas", "minReadySeconds", "selector", "template"),
            "ReplicationController", Set.of("replicas", "minReadySeconds", "selector",
                    "template"),
            "Job", Set.of("parallelism", "completions", "activeDeadlineSeconds",
                    "podFailurePolicy", "successPolicy", "backoffLimit",
                    "backoffLimitPerIndex", "maxFailedIndexes", "selector", "manualSelector",
                    "template", "ttlSecondsAfterFinished", "completionMode", "suspend",
                    "podReplacementPolicy", "managedBy"),
            "CronJob", Set.of("schedule", "timeZone", "startingDeadlineSeconds",
                    "concurrencyPolicy", "suspend", "jobTemplate",
                    "successfulJobsHistoryLimit", "failedJobsHistoryLimit"));
    static final Set<String> POD_SPEC = Set.of("volumes", "initContainers", "containers",
            "ephemeralContainers", "restartPolicy", "terminationGracePeriodSeconds",
            "activeDeadlineSeconds", "dnsPolicy", "nodeSelector", "serviceAccountName",
            "serviceAccount", "automountServiceAccountToken", "nodeName", "hostNetwork",
            "hostPID", "hostIPC", "shareProcessNamespace", "securityContext",
            "imagePullSecrets", "hostname", "subdomain", "affinity", "schedulerName",
            "tolerations", "hostAliases", "priorityClassName", "priority", "dnsConfig",
            "readinessGates", "runtimeClassName", "enableServiceLinks", "preemptionPolicy",
            "overhead", "topologySpreadConstraints", "setHostnameAsFQDN", "os", "hostUsers",
            "schedulingGates", "resourceClaims", "resources");
    static final Set<String> CONTAINER = Set.of("name", "image", "command", "args",
            "workingDir", "ports", "envFrom", "env", "resources", "resizePolicy",
            "restartPolicy", "restartPolicyRules", "volumeMounts", "volumeDevices",
            "livenessProbe", "readinessProbe", "startupProbe", "lifecycle",
            "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy",
            "securityContext", "stdin", "stdinOnce", "tty");
    static final Set<String> MOUNT = Set.of("name", "readOnly", "recursiveReadOnly",
            "mountPath", "subPath", "mountPropagation", "subPathExpr");

    private KnownFields() {
    }

    /** Warns about the keys of a top-level object, its metadata and a workload's spec. */
    static void checkObject(Value object, String kind) {
        Set<String> top = TOP.getOrDefault(kind, SPEC_AND_STATUS);
        object.fields().forEach((key, value) -> {
            if (!HEADER.contains(key) && !top.contains(key)) {
                value.warnAtKey(IGNORED);
            }
        });
        object.field("metadata").filter(Value::isMapping).ifPresent(m -> check(m, METADATA));
        if (SPEC.containsKey(kind)) {
            object.field("spec").filter(Value::isMapping)
                    .ifPresent(s -> check(s, SPEC.get(kind)));
        }
    }

    /** Warns about every key of {@code mapping} not in {@code known}. */
    static void check(Value mapping, Set<String> known) {
        mapping.fields().forEach((key, value) -> {
            if (!known.contains(key)) {
                value.warnAtKey(IGNORED);
            }
        });
    }
}
