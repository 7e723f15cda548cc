package dev.strata.manifest;

import java.util.Objects;

import dev.strata.source.SourcePosition;

/**
 * A StorageClass (kubernetes.io/docs/concepts/storage/storage-classes).
 *
 * @param provisioner the driver that makes its volumes, e.g. {@code ebs.csi.aws.com}
 * @param volumeBindingMode {@code Immediate} (the default) or {@code WaitForFirstConsumer},
 *     which binds a claim only once a pod using it is scheduled, on that pod's node
 * @param reclaimPolicy {@code Delete} (the default) or {@code Retain}
 */
public record StorageClassSpec(
        String name, String provisioner, String volumeBindingMode, String reclaimPolicy,
        SourcePosition position) {
    public StorageClassSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provisioner, "provisioner");
        Objects.requireNonNull(volumeBindingMode, "volumeBindingMode");
        Objects.requireNonNull(reclaimPolicy, "reclaimPolicy");
    }

    /** Whether binding waits for a pod to be scheduled. */
    public boolean waitsForFirstConsumer() {
        return volumeBindingMode.equals("WaitForFirstConsumer");
    }
}
