package dev.strata.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** OCI image layouts built in a test: blobs stored by their digest, then index.json. */
final class Layouts {
    static final String INDEX = "application/vnd.oci.image.index.v1+json";
    static final String MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    static final String CONFIG = "application/vnd.oci.image.config.v1+json";
    static final String LAYER = "application/vnd.oci.image.layer.v1.tar";

    private final TestArchives tar = new TestArchives();

    Layouts() throws IOException {
        tar.file("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
    }

    /** Stores a blob; its descriptor. */
    String blob(String mediaType, byte[] content, String extra) throws IOException {
        String digest = TestArchives.sha256(content);
        tar.file("blobs/sha256/" + digest.substring(7), content);
        return "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + digest + "\",\"size\":"
                + content.length + extra + "}";
    }

    String blob(String mediaType, String content) throws IOException {
        return blob(mediaType, content.getBytes(StandardCharsets.UTF_8), "");
    }

    /** Stores an index of these descriptors; its descriptor, with extra fields. */
    String index(String extra, String... descriptors) throws IOException {
        return blob(INDEX, indexJson(descriptors).getBytes(StandardCharsets.UTF_8), extra);
    }

    /** Stores a manifest of one layer and a config; its descriptor, with extra fields. */
    String image(String os, String architecture, String extra, byte[] layer)
            throws IOException {
        String config = blob(CONFIG, "{\"os\":\"" + os + "\",\"architecture\":\""
                + architecture + "\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\""
                + TestArchives.sha256(layer) + "\"]}}");
        String layerDescriptor = blob(LAYER, layer, "");
        return blob(MANIFEST, ("{\"schemaVersion\":2,\"mediaType\":\"" + MANIFEST
                + "\",\"config\":" + config + ",\"layers\":[" + layerDescriptor + "]}")
                .getBytes(StandardCharsets.UTF_8), extra);
    }

    /** A Linux image with one file, {@code /NAME}. */
    String image(String os, String architecture, String extra, String name)
            throws IOException {
        return image(os, architecture, extra, new TestArchives().file(name, name).bytes());
    }

    /** Stores a member under any name. */
    Layouts file(String name, String content) throws IOException {
        tar.file(name, content);
        return this;
    }

    Layouts file(String name, byte[] content) throws IOException {
        tar.file(name, content);
        return this;
    }

    /** Writes the layout as a tar with this index.json. */
    Path write(Path file, String... descriptors) throws IOException {
        tar.file("index.json", indexJson(descriptors));
        return tar.write(file);
    }

    static String indexJson(String... descriptors) {
        return "{\"schemaVersion\":2,\"mediaType\":\"" + INDEX + "\",\"manifests\":["
                + String.join(",", descriptors) + "]}";
    }

    /** The extra fields of a descriptor for a platform ({@code os/arch[/variant]}). */
    static String platform(String platform) {
        String[] parts = platform.split("/");
        return ",\"platform\":{\"os\":\"" + parts[0] + "\",\"architecture\":\"" + parts[1]
                + "\"" + (parts.length > 2 ? ",\"variant\":\"" + parts[2] + "\"" : "") + "}";
    }

    /** The extra fields of a descriptor with a ref name annotation. */
    static String named(String name) {
        return ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + name + "\"}";
    }
}
