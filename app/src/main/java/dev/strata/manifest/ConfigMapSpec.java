package dev.strata.manifest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.strata.source.SourcePosition;

/**
 * A ConfigMap: the keys of its {@code data} and {@code binaryData}
 * (kubernetes.io/docs/concepts/configuration/configmap).
 */
public record ConfigMapSpec(String name, List<DataKey> keys, SourcePosition position) {
    public ConfigMapSpec {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
    }

    /** The key of that name, if the ConfigMap has it. */
    public Optional<DataKey> key(String key) {
        return keys.stream().filter(k -> k.key().equals(key)).findFirst();
    }
}
