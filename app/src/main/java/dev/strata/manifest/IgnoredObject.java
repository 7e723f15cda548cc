package dev.strata.manifest;

import dev.strata.source.SourcePosition;

/** An object of a kind Strata does not model, listed so the user knows it was seen. */
public record IgnoredObject(String kind, String name, SourcePosition position) {
}
