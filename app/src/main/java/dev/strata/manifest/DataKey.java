package dev.strata.manifest;

import java.util.Objects;

import dev.strata.source.SourcePosition;

/**
 * A key of a ConfigMap or Secret, which a configMap or secret volume shows as a file of
 * that name (kubernetes.io/docs/concepts/configuration/configmap,
 * .../configuration/secret).
 *
 * @param key the key, and the file name when mounted without items
 * @param bytes the size of the value: its UTF-8 bytes, or the decoded bytes of base64
 *     ({@code binaryData}, a Secret's {@code data})
 * @param binary whether the value came from base64
 */
public record DataKey(String key, long bytes, boolean binary, SourcePosition position) {
    public DataKey {
        Objects.requireNonNull(key, "key");
    }
}
