package dev.strata.manifest;

import java.util.Arrays;
import java.util.Optional;

/**
 * PersistentVolume access modes
 * (kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes).
 */
public enum AccessMode {
    /** One node may mount it read-write; pods on that node may share it. */
    READ_WRITE_ONCE("ReadWriteOnce", "RWO"),
    /** Many nodes may mount it read-only. */
    READ_ONLY_MANY("ReadOnlyMany", "ROX"),
    /** Many nodes may mount it read-write. */
    READ_WRITE_MANY("ReadWriteMany", "RWX"),
    /** One pod in the whole cluster may mount it. */
    READ_WRITE_ONCE_POD("ReadWriteOncePod", "RWOP");

    private final String manifestName;
    private final String shortName;

    AccessMode(String manifestName, String shortName) {
        this.manifestName = manifestName;
        this.shortName = shortName;
    }

    /** The spelling used in manifests, e.g. {@code ReadWriteOnce}. */
    public String manifestName() {
        return manifestName;
    }

    /** The abbreviation kubectl prints, e.g. {@code RWO}. */
    public String shortName() {
        return shortName;
    }

    /** The mode spelled that way in a manifest, if any. */
    public static Optional<AccessMode> fromManifest(String name) {
        return Arrays.stream(values()).filter(m -> m.manifestName.equals(name)).findFirst();
    }
}
