package dev.strata.image;

/** The kind of archive an image was read from. */
public enum ImageFormat {
    /** {@code docker save} before Docker 25: manifest.json and {@code <id>/layer.tar}. */
    DOCKER_ARCHIVE("docker-archive"),
    /** The oldest {@code docker save}: no manifest.json, layers chained by their json. */
    DOCKER_ARCHIVE_V1("docker-archive-v1"),
    /** {@code docker save} of Docker 25 and later: an OCI layout plus manifest.json. */
    DOCKER_OCI_ARCHIVE("docker-oci-archive"),
    /** An OCI image layout directory. */
    OCI_LAYOUT("oci-layout"),
    /** An OCI image layout in a tar (oci-archive). */
    OCI_ARCHIVE("oci-archive"),
    /** A lone layer tar, read with {@code --raw}. */
    LAYER("layer");

    private final String jsonName;

    ImageFormat(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in JSON and text output. */
    public String jsonName() {
        return jsonName;
    }
}
