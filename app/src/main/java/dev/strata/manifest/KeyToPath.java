package dev.strata.manifest;

import java.util.Objects;

import dev.strata.source.SourcePosition;

/**
 * One of a volume's {@code items}: which key becomes which file. For a downwardAPI item
 * the key is the field it shows ({@code metadata.labels}) or the resource
 * ({@code limits.memory}); for a service account token it is {@code token}.
 *
 * @param key the key, field or resource
 * @param path the file's path relative to the mount
 */
public record KeyToPath(String key, String path, SourcePosition position) {
    public KeyToPath {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(path, "path");
    }
}
