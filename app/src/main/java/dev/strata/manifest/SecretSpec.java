package dev.strata.manifest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.strata.source.SourcePosition;

/**
 * A Secret: the keys of its {@code data} (base64) and {@code stringData}, which the API
 * server merges into data, stringData winning (kubernetes.io/docs/concepts/configuration/
 * secret).
 *
 * @param type the Secret's type, {@code Opaque} by default
 */
public record SecretSpec(String name, String type, List<DataKey> keys, SourcePosition position) {
    public SecretSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        keys = List.copyOf(keys);
    }

    /** The key of that name, if the Secret has it. */
    public Optional<DataKey> key(String key) {
        return keys.stream().filter(k -> k.key().equals(key)).findFirst();
    }
}
