package dev.strata.manifest;

import java.util.Optional;
import java.util.Set;

/**
 * What a cluster knows an object by: its API group and kind, its namespace and its name.
 * Two objects of one identity in a manifest are one object to the cluster.
 *
 * @param namespace empty for a kind that belongs to no namespace
 */
record ObjectId(String group, String kind, String namespace, String name) {
    /**
     * The namespace kubectl puts an object in when it names none and neither the command
     * nor the kubeconfig context names one
     * (kubernetes.io/docs/concepts/overview/working-with-objects/namespaces).
     */
    static final String DEFAULT_NAMESPACE = "default";
    /** The kinds Strata reads that belong to no namespace (same page). */
    private static final Set<String> CLUSTER_SCOPED = Set.of("PersistentVolume", "StorageClass");

    /**
     * The identity of a Kubernetes object; empty when it has only a generateName, since the
     * API server then makes up a new name each time.
     */
    static Optional<ObjectId> of(Value object, String kind) {
        Optional<String> name = object.at("metadata.name").map(Value::text);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String group = ApiVersions.group(kind, object.required("apiVersion").text());
        return Optional.of(new ObjectId(group, kind, namespace(object, kind), name.get()));
    }

    private static String namespace(Value object, String kind) {
        if (CLUSTER_SCOPED.contains(kind)) {
            return "";
        }
        return object.at("metadata.namespace").map(Value::text).filter(n -> !n.isEmpty())
                .orElse(DEFAULT_NAMESPACE);
    }
}
