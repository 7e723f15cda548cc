package dev.strata.image;

import java.util.Map;

/**
 * A content descriptor (OCI image-spec descriptor.md): what a blob is, its digest and its
 * size, as an index lists a manifest or a manifest its config and layers.
 *
 * @param mediaType the blob's media type, or empty
 * @param digest the blob's digest, or empty
 * @param size the blob's size in bytes, or {@link #UNKNOWN_SIZE} when the descriptor says none
 * @param artifactType the artifact type, or empty for an image
 * @param annotations the descriptor's annotations
 * @param platform {@code os/architecture[/variant]} from its platform object, or empty
 */
record Descriptor(String mediaType, String digest, long size, String artifactType,
        Map<String, Object> annotations, String platform) {
    static final long UNKNOWN_SIZE = -1;
    /** The largest size a double holds exactly; a JSON size above it cannot be a real one. */
    private static final double MAX_SIZE = 9007199254740992d;

    /** Reads a descriptor object; {@code where} names it in messages. */
    static Descriptor of(Archive archive, Object json, String where) {
        return new Descriptor(Json.string(json, "mediaType").orElse(""),
                Json.string(json, "digest").orElse(""), size(archive, json, where),
                Json.string(json, "artifactType").orElse(""), Json.object(json, "annotations"),
                Platforms.of(Json.object(json, "platform")));
    }

    private static long size(Archive archive, Object json, String where) {
        Object size = json instanceof Map<?, ?> map ? map.get("size") : null;
        if (size == null) {
            return UNKNOWN_SIZE;
        }
        if (size instanceof Double d && d >= 0 && d <= MAX_SIZE && d == Math.rint(d)) {
            return d.longValue();
        }
        throw archive.problem(where + ": size " + Json.show(size) + " is not a number of"
                + " bytes");
    }

    /** The value of an annotation, or empty. */
    String annotation(String key) {
        return annotations.get(key) instanceof String s ? s : "";
    }
}
