package dev.strata.manifest;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where a pod volume's storage comes from (kubernetes.io/docs/concepts/storage/volumes).
 */
public sealed interface VolumeSource {
    /** The volume type name as written in the manifest, e.g. {@code emptyDir}. */
    String type();

    /**
     * Scratch space created empty when the pod lands on a node and deleted with the pod.
     *
     * @param medium {@code ""} for node disk, {@code Memory} for tmpfs
     * @param sizeLimit the quantity as written, or empty
     * @param sizeLimitBytes the size limit in bytes, as {@link Quantity} reads it; for a
     *     disk emptyDir it counts against the pod's ephemeral storage
     */
    record EmptyDir(String medium, String sizeLimit, OptionalLong sizeLimitBytes)
            implements VolumeSource {
        public EmptyDir {
            Objects.requireNonNull(medium, "medium");
            Objects.requireNonNull(sizeLimit, "sizeLimit");
            Objects.requireNonNull(sizeLimitBytes, "sizeLimitBytes");
        }

        /** An emptyDir whose byte limit is read from {@code sizeLimit}, if it is one. */
        public EmptyDir(String medium, String sizeLimit) {
            this(medium, sizeLimit, Quantity.bytesOf(sizeLimit));
        }

        @Override
        public String type() {
            return "emptyDir";
        }

        public boolean inMemory() {
            return medium.equals("Memory");
        }
    }

    /** A PersistentVolumeClaim, by name. */
    record Claim(String claimName, boolean readOnly) implements VolumeSource {
        public Claim {
            Objects.requireNonNull(claimName, "claimName");
        }

        @Override
        public String type() {
            return "persistentVolumeClaim";
        }
    }

    /**
     * A StatefulSet's volumeClaimTemplate: each replica gets its own claim, named
     * {@code template-statefulset-ordinal}, which outlives the pod and a scale-down.
     *
     * @param template the claim every replica's own claim is made from
     */
    record ClaimTemplate(ClaimSpec template) implements VolumeSource {
        public ClaimTemplate {
            Objects.requireNonNull(template, "template");
        }

        @Override
        public String type() {
            return "persistentVolumeClaim";
        }

        /** The name of the claim that replica {@code ordinal} (0-based) mounts. */
        public String claimName(String statefulSet, int ordinal) {
            return template.name() + "-" + statefulSet + "-" + ordinal;
        }
    }

    /**
     * A ConfigMap's keys as files; always read-only
     * (kubernetes.io/docs/concepts/storage/volumes/#configmap).
     *
     * @param items which keys become which files; empty for every key under its own name
     * @param optional whether the pod starts when the ConfigMap (or an item's key) is missing
     */
    record ConfigMap(String name, List<KeyToPath> items, boolean optional)
            implements VolumeSource {
        public ConfigMap {
            Objects.requireNonNull(name, "name");
            items = List.copyOf(items);
        }

        /** Every key as a file, the ConfigMap required. */
        public ConfigMap(String name) {
            this(name, List.of(), false);
        }

        @Override
        public String type() {
            return "configMap";
        }
    }

    /**
     * A Secret's keys as files on tmpfs; always read-only
     * (kubernetes.io/docs/concepts/storage/volumes/#secret).
     *
     * @param items which keys become which files; empty for every key under its own name
     * @param optional whether the pod starts when the Secret (or an item's key) is missing
     */
    record Secret(String secretName, List<KeyToPath> items, boolean optional)
            implements VolumeSource {
        public Secret {
            Objects.requireNonNull(secretName, "secretName");
            items = List.copyOf(items);
        }

        /** Every key as a file, the Secret required. */
        public Secret(String secretName) {
            this(secretName, List.of(), false);
        }

        @Override
        public String type() {
            return "secret";
        }
    }

    /**
     * Several sources in one directory; always read-only
     * (kubernetes.io/docs/concepts/storage/projected-volumes).
     */
    record Projected(List<Projection> sources) implements VolumeSource {
        public Projected {
            sources = List.copyOf(sources);
        }

        @Override
        public String type() {
            return "projected";
        }
    }

    /**
     * One source of a projected volume.
     *
     * @param type {@code configMap}, {@code secret}, {@code downwardAPI},
     *     {@code serviceAccountToken}, {@code clusterTrustBundle} or {@code podCertificate}
     * @param name the ConfigMap or Secret; empty for the other types
     * @param items the files it adds
     * @param optional whether a missing ConfigMap or Secret is allowed
     */
    record Projection(String type, String name, List<KeyToPath> items, boolean optional) {
        public Projection {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            items = List.copyOf(items);
        }
    }

    /**
     * Fields of the pod and resources of its containers as files; always read-only
     * (kubernetes.io/docs/concepts/workloads/pods/downward-api).
     *
     * @param items the files, each keyed by its field path or resource
     */
    record DownwardApi(List<KeyToPath> items) implements VolumeSource {
        public DownwardApi {
            items = List.copyOf(items);
        }

        @Override
        public String type() {
            return "downwardAPI";
        }
    }

    /**
     * A generic ephemeral volume: a claim made from a template when the pod is created and
     * deleted with it (kubernetes.io/docs/concepts/storage/ephemeral-volumes).
     *
     * @param accessModes the claim template's access modes
     * @param storage its requested size as written, or empty
     * @param storageBytes the same in bytes
     * @param storageClassName the class it asks for, or empty for the default
     */
    record Ephemeral(
            List<AccessMode> accessModes, String storage, OptionalLong storageBytes,
            String storageClassName) implements VolumeSource {
        public Ephemeral {
            accessModes = List.copyOf(accessModes);
            Objects.requireNonNull(storage, "storage");
            Objects.requireNonNull(storageBytes, "storageBytes");
            Objects.requireNonNull(storageClassName, "storageClassName");
        }

        @Override
        public String type() {
            return "ephemeral";
        }
    }

    /**
     * An OCI image or artifact mounted read-only
     * (kubernetes.io/docs/concepts/storage/volumes/#image).
     *
     * @param pullPolicy {@code Always}, {@code Never}, {@code IfNotPresent}, or empty for
     *     the default (Always for a {@code :latest} reference, else IfNotPresent)
     */
    record Image(String reference, String pullPolicy) implements VolumeSource {
        public Image {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(pullPolicy, "pullPolicy");
        }

        @Override
        public String type() {
            return "image";
        }
    }

    /**
     * An NFS export, shared by every pod on every node that mounts it
     * (kubernetes.io/docs/concepts/storage/volumes/#nfs).
     */
    record Nfs(String server, String path, boolean readOnly) implements VolumeSource {
        public Nfs {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String type() {
            return "nfs";
        }
    }

    /**
     * An inline CSI volume, which lives as long as the pod
     * (kubernetes.io/docs/concepts/storage/ephemeral-volumes/#csi-ephemeral-volumes).
     */
    record Csi(String driver, boolean readOnly) implements VolumeSource {
        public Csi {
            Objects.requireNonNull(driver, "driver");
        }

        @Override
        public String type() {
            return "csi";
        }
    }

    /** A path on the node's own filesystem. */
    record HostPath(String path, String hostPathType) implements VolumeSource {
        @Override
        public String type() {
            return "hostPath";
        }
    }

    /** Any type Strata does not model yet, kept with its name. */
    record Other(String type) implements VolumeSource {
        public Other {
            Objects.requireNonNull(type, "type");
        }
    }
}
