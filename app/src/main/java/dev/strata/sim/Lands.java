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
