package dev.strata.manifest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import dev.strata.source.SourcePosition;

/**
 * A PersistentVolume (kubernetes.io/docs/concepts/storage/persistent-volumes).
 *
 * @param capacity {@code capacity.storage} as written
 * @param capacityBytes the same in bytes
 * @param storageClassName the class a claim must ask for to bind it; empty for none
 * @param reclaimPolicy {@code Retain} (the default for a PV written by hand), {@code Delete}
 *     or {@code Recycle}
 * @param claimRef the name of the claim it is reserved for, if any
 */
public record PersistentVolumeSpec(
        String name,
        List<AccessMode> accessModes,
        String capacity,
        OptionalLong capacityBytes,
        PersistentSource source,
        String storageClassName,
        String reclaimPolicy,
        Optional<String> claimRef,
        SourcePosition position) {
    public PersistentVolumeSpec {
        Objects.requireNonNull(name, "name");
        accessModes = List.copyOf(accessModes);
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(capacityBytes, "capacityBytes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(storageClassName, "storageClassName");
        Objects.requireNonNull(reclaimPolicy, "reclaimPolicy");
        Objects.requireNonNull(claimRef, "claimRef");
    }

    /** Where a PersistentVolume's data lives. */
    public sealed interface PersistentSource {
        /** The field name Kubernetes uses, e.g. {@code hostPath}. */
        String type();

        /** A directory on one node; pods on other nodes see other files. */
        record HostPath(String path, String hostPathType) implements PersistentSource {
            @Override
            public String type() {
                return "hostPath";
            }
        }

        /** An NFS export, which any node can mount. */
        record Nfs(String server, String path, boolean readOnly)
                implements PersistentSource {
            @Override
            public String type() {
                return "nfs";
            }
        }

        /** A local disk of one node; the PV's node affinity names the node. */
        record Local(String path) implements PersistentSource {
            @Override
            public String type() {
                return "local";
            }
        }

        /** A volume of a CSI driver. */
        record Csi(String driver, String volumeHandle, boolean readOnly)
                implements PersistentSource {
            @Override
            public String type() {
                return "csi";
            }
        }

        /** Any other type, kept by name. */
        record Other(String type) implements PersistentSource {
        }
    }
}
