package dev.strata.manifest;

import java.util.Objects;

/**
 * What happens to a StatefulSet's claims from its volumeClaimTemplates
 * (kubernetes.io/docs/concepts/workloads/controllers/statefulset/
 * #persistentvolumeclaim-retention).
 *
 * @param whenDeleted when the StatefulSet itself is deleted
 * @param whenScaled when it scales down and a replica's pod goes
 */
public record ClaimRetentionPolicy(Retention whenDeleted, Retention whenScaled) {
    /** Retain, Retain: claims outlive the StatefulSet and every scale-down. */
    public static final ClaimRetentionPolicy DEFAULT =
            new ClaimRetentionPolicy(Retention.RETAIN, Retention.RETAIN);

    public ClaimRetentionPolicy {
        Objects.requireNonNull(whenDeleted, "whenDeleted");
        Objects.requireNonNull(whenScaled, "whenScaled");
    }

    /** Whether a claim is kept or deleted. */
    public enum Retention {
        RETAIN("Retain"),
        DELETE("Delete");

        private final String manifestName;

        Retention(String manifestName) {
            this.manifestName = manifestName;
        }

        /** The spelling used in manifests. */
        public String manifestName() {
            return manifestName;
        }
    }
}
