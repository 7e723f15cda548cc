package dev.strata.manifest;

import java.util.Objects;

import dev.strata.source.SourcePosition;

/** A volume a pod declares: its name and where its storage comes from. */
public record VolumeSpec(String name, VolumeSource source, SourcePosition position) {
    public VolumeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
