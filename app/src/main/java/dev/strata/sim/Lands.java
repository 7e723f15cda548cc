package dev.strata.sim;

/** Where the bytes of a file operation go (for a read: where they come from). */
public enum Lands {
    UPPER("upper"),
    IMAGE("image"),
    EMPTY_DIR("emptyDir"),
    PVC("pvc"),
    HOST_PATH("hostPath"),
    CONFIG_MAP("configMap"),
    SECRET("secret"),
    PROJECTED("projected"),
    DOWNWARD_API("downwardAPI"),
    EPHEMERAL("ephemeral"),
    IMAGE_VOLUME("imageVolume"),
    /** An NFS export: the same files for every pod on every node. */
    NFS("nfs"),
    /** A CSI inline volume: its sharing depends on the driver; Strata keeps it per pod. */
    CSI("csi"),
    NONE("none");

    private final String jsonName;

    Lands(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The value of the {@code lands} field in JSON output. */
    public String jsonName() {
        return jsonName;
    }
}
