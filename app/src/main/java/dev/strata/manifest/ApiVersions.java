package dev.strata.manifest;

import java.util.List;
import java.util.Map;

/**
 * Checks an object's apiVersion against the kinds Strata reads, as the API server serves
 * them (kubernetes.io/docs/reference/using-api/deprecation-guide). A version removed from
 * Kubernetes is read like the current one with a warning, since old tutorials are full of
 * them; any other mismatch is an error at the apiVersion.
 */
final class ApiVersions {
    private static final Map<String, String> SERVED = Map.ofEntries(
            Map.entry("Deployment", "apps/v1"),
            Map.entry("StatefulSet", "apps/v1"),
            Map.entry("DaemonSet", "apps/v1"),
            Map.entry("ReplicaSet", "apps/v1"),
            Map.entry("ReplicationController", "v1"),
            Map.entry("Pod", "v1"),
            Map.entry("Job", "batch/v1"),
            Map.entry("CronJob", "batch/v1"),
            Map.entry("PersistentVolumeClaim", "v1"),
            Map.entry("PersistentVolume", "v1"),
            Map.entry("ConfigMap", "v1"),
            Map.entry("Secret", "v1"),
            Map.entry("StorageClass", "storage.k8s.io/v1"));
    /** Versions Kubernetes no longer serves, with the release that removed them. */
    private static final Map<String, String> REMOVED = Map.of(
            "extensions/v1beta1", "1.16",
            "apps/v1beta1", "1.16",
            "apps/v1beta2", "1.16",
            "batch/v1beta1", "1.25",
            "batch/v2alpha1", "1.21",
            "storage.k8s.io/v1beta1", "1.22");

    private ApiVersions() {
    }

    /** The kind of a Kubernetes object, which must have both apiVersion and kind. */
    static String kind(Value object) {
        if (object.looksLikeTemplate()) {
            throw object.error(Value.TEMPLATE);
        }
        if (!object.isMapping()) {
            throw object.error("expected a Kubernetes object with apiVersion and kind, found "
                    + object.describe());
        }
        for (String header : List.of("apiVersion", "kind")) {
            if (object.field(header).isEmpty()) {
                throw object.error("not a Kubernetes object: " + header + " is missing");
            }
        }
        String version = object.required("apiVersion").nonEmptyText();
        String kind = object.required("kind").nonEmptyText();
        check(object.required("apiVersion"), kind, version);
        return kind;
    }

    /** Whether Strata reads objects of this kind (a List aside). */
    static boolean modelled(String kind) {
        return SERVED.containsKey(kind);
    }

    /**
     * The API group of an object: for the kinds Strata reads, the group it reads them as
     * (so a removed {@code extensions/v1beta1} Deployment is in {@code apps}); for any other
     * kind, the group its apiVersion names.
     */
    static String group(String kind, String apiVersion) {
        return group(SERVED.getOrDefault(kind, apiVersion));
    }

    private static void check(Value apiVersion, String kind, String version) {
        String served = SERVED.get(kind);
        if (served == null || served.equals(version)) {
            return;
        }
        if (REMOVED.containsKey(version) && group(version).equals(group(served))
                || REMOVED.containsKey(version) && version.startsWith("extensions/")) {
            apiVersion.warnAt(kind + " " + version + " was removed in Kubernetes "
                    + REMOVED.get(version) + "; read as " + served + ", which a cluster"
                    + " would require");
            return;
        }
        throw apiVersion.error(kind + " is served as " + served + ", not " + version);
    }

    private static String group(String version) {
        int slash = version.indexOf('/');
        return slash < 0 ? "" : version.substring(0, slash);
    }
}
