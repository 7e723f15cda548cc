package dev.strata.manifest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields of the core/v1, apps/v1, batch/v1 and storage.k8s.io/v1 objects Strata
 * reads, as of Kubernetes 1.36 (kubernetes.io/docs/reference/kubernetes-api). A key outside
 * them is ignored with a warning, as kubectl's field validation warns about it by default;
 * a key one or two letters away from a known field names that field.
 */
final class KnownFields {
    /** kubectl's --validate defaults to strict; the API server drops them for others. */
    private static final String IGNORED = "unknown field: kubectl refuses it"
            + " (--validate=strict, its default), other clients drop it";
    private static final Set<String> HEADER = Set.of("apiVersion", "kind", "metadata");
    static final Set<String> METADATA = Set.of("name", "generateName", "namespace",
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
            "schedulingGates", "resourceClaims", "resources", "hostnameOverride",
            "schedulingGroup");
    static final Set<String> CONTAINER = Set.of("name", "image", "command", "args",
            "workingDir", "ports", "envFrom", "env", "resources", "resizePolicy",
            "restartPolicy", "restartPolicyRules", "volumeMounts", "volumeDevices",
            "livenessProbe", "readinessProbe", "startupProbe", "lifecycle",
            "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy",
            "securityContext", "stdin", "stdinOnce", "tty");
    static final Set<String> MOUNT = Set.of("name", "readOnly", "recursiveReadOnly",
            "mountPath", "subPath", "mountPropagation", "subPathExpr");

    private static final Set<String> HOST_PATH = Set.of("path", "type");
    private static final Set<String> NFS = Set.of("server", "path", "readOnly");
    /**
     * The fields of each volume source Strata models, by type
     * (kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/volume).
     */
    static final Map<String, Set<String>> VOLUME_SOURCE = Map.ofEntries(
            Map.entry("emptyDir", Set.of("medium", "sizeLimit")),
            Map.entry("persistentVolumeClaim", Set.of("claimName", "readOnly")),
            Map.entry("configMap", Set.of("name", "items", "defaultMode", "optional")),
            Map.entry("secret", Set.of("secretName", "items", "defaultMode", "optional")),
            Map.entry("hostPath", HOST_PATH),
            Map.entry("nfs", NFS),
            Map.entry("csi", Set.of("driver", "readOnly", "fsType", "volumeAttributes",
                    "nodePublishSecretRef")),
            Map.entry("projected", Set.of("sources", "defaultMode")),
            Map.entry("downwardAPI", Set.of("items", "defaultMode")),
            Map.entry("ephemeral", Set.of("volumeClaimTemplate")),
            Map.entry("image", Set.of("reference", "pullPolicy")));
    /** The fields of each source of a projected volume, by type (same page). */
    static final Map<String, Set<String>> PROJECTION = Map.of(
            "configMap", Set.of("name", "items", "optional"),
            "secret", Set.of("name", "items", "optional"),
            "downwardAPI", Set.of("items"),
            "serviceAccountToken", Set.of("audience", "expirationSeconds", "path"),
            "clusterTrustBundle", Set.of("name", "signerName", "labelSelector", "optional",
                    "path"),
            "podCertificate", Set.of("signerName", "keyType", "maxExpirationSeconds",
                    "credentialBundlePath", "keyPath", "certificateChainPath",
                    "userAnnotations"));
    /** An item of a configMap or secret volume (same page, KeyToPath). */
    static final Set<String> KEY_TO_PATH = Set.of("key", "path", "mode");
    /** An item of a downwardAPI volume (same page, DownwardAPIVolumeFile). */
    static final Set<String> DOWNWARD_API_FILE = Set.of("path", "fieldRef",
            "resourceFieldRef", "mode");
    /** kubernetes.io/docs/reference/kubernetes-api/common-definitions/object-field-selector. */
    static final Set<String> FIELD_SELECTOR = Set.of("apiVersion", "fieldPath");
    /**
     * kubernetes.io/docs/reference/kubernetes-api/common-definitions/resource-field-selector.
     */
    static final Set<String> RESOURCE_SELECTOR = Set.of("containerName", "resource",
            "divisor");
    /** An ephemeral volume's volumeClaimTemplate (volume page, PersistentVolumeClaimTemplate). */
    static final Set<String> CLAIM_TEMPLATE = Set.of("metadata", "spec");
    /** An item of a StatefulSet's volumeClaimTemplates, which is a whole claim. */
    static final Set<String> CLAIM = Set.of("apiVersion", "kind", "metadata", "spec",
            "status");
    /**
     * kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/
     * persistent-volume-claim-v1 (PersistentVolumeClaimSpec, VolumeResourceRequirements).
     */
    static final Set<String> CLAIM_SPEC = Set.of("accessModes", "selector", "resources",
            "volumeName", "storageClassName", "volumeMode", "dataSource", "dataSourceRef",
            "volumeAttributesClassName");
    static final Set<String> CLAIM_RESOURCES = Set.of("limits", "requests");
    /**
     * kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/
     * persistent-volume-v1: the spec's own fields, then one key per volume type.
     */
    static final Set<String> PERSISTENT_VOLUME_SPEC = Set.of("capacity", "accessModes",
            "claimRef", "persistentVolumeReclaimPolicy", "storageClassName", "mountOptions",
            "volumeMode", "nodeAffinity", "volumeAttributesClassName",
            "awsElasticBlockStore", "azureDisk", "azureFile", "cephfs", "cinder", "csi", "fc",
            "flexVolume", "flocker", "gcePersistentDisk", "glusterfs", "hostPath", "iscsi",
            "local", "nfs", "photonPersistentDisk", "portworxVolume", "quobyte", "rbd",
            "scaleIO", "storageos", "vsphereVolume");
    /** The fields of each PersistentVolume source Strata models (same page). */
    static final Map<String, Set<String>> PERSISTENT_SOURCE = Map.of(
            "hostPath", HOST_PATH,
            "nfs", NFS,
            "local", Set.of("path", "fsType"),
            "csi", Set.of("driver", "volumeHandle", "readOnly", "fsType", "volumeAttributes",
                    "controllerPublishSecretRef", "nodeStageSecretRef", "nodePublishSecretRef",
                    "controllerExpandSecretRef", "nodeExpandSecretRef"));
    /** kubernetes.io/docs/reference/kubernetes-api/common-definitions/object-reference. */
    static final Set<String> OBJECT_REFERENCE = Set.of("apiVersion", "kind", "namespace",
            "name", "uid", "resourceVersion", "fieldPath");

    private KnownFields() {
    }

    /** Warns about the keys of a top-level object, its metadata and a workload's spec. */
    static void checkObject(Value object, String kind) {
        Set<String> top = new HashSet<>(TOP.getOrDefault(kind, SPEC_AND_STATUS));
        top.addAll(HEADER);
        check(object, top);
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
                value.warnAtKey(IGNORED + suggestion(key, known));
            }
        });
    }

    /**
     * {@code ; did you mean "x"?} when a known field is one edit away from {@code key} (two
     * for keys longer than four letters), ignoring case; otherwise empty. Of equally near
     * fields, the first in alphabetical order.
     */
    static String suggestion(String key, Set<String> known) {
        String nearest = "";
        int nearestDistance = key.length() <= 4 ? 2 : 3;
        for (String candidate : new TreeSet<>(known)) {
            int distance = distance(key.toLowerCase(Locale.ROOT),
                    candidate.toLowerCase(Locale.ROOT));
            if (distance < nearestDistance) {
                nearest = candidate;
                nearestDistance = distance;
            }
        }
        return nearest.isEmpty() ? "" : "; did you mean \"" + nearest + "\"?";
    }

    /**
     * The edits (insert, delete, replace, swap two neighbours) that turn {@code a} into
     * {@code b}, each character edited at most once: the optimal string alignment distance.
     */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
