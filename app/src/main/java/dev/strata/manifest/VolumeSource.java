package dev.strata.manifest;

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

    /** A ConfigMap's keys as files; always read-only. */
    record ConfigMap(String name) implements VolumeSource {
        @Override
        public String type() {
            return "configMap";
        }
    }

    /** A Secret's keys as files; always read-only. */
    record Secret(String secretName) implements VolumeSource {
        @Override
        public String type() {
            return "secret";
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
