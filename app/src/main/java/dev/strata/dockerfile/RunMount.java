package dev.strata.dockerfile;

import java.util.Objects;

/**
 * A {@code RUN --mount}: a filesystem the command sees that the layer does not keep.
 *
 * @param type bind, cache, tmpfs, secret or ssh
 * @param target where the command sees it (a default for secret and ssh when not written)
 * @param spec the flag's value as written
 */
public record RunMount(String type, String target, String spec) {
    public RunMount {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(spec, "spec");
    }
}
