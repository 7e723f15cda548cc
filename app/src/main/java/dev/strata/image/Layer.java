package dev.strata.image;

import java.util.List;
import java.util.Objects;

/**
 * One filesystem layer of an image, as read from its blob.
 *
 * @param index 0-based, the bottom layer first
 * @param digest the digest of the blob as stored ({@code sha256:...}), compressed or not
 * @param diffId the digest of the uncompressed tar
 * @param compressedSize bytes of the blob as stored
 * @param tarSize bytes of the uncompressed tar
 * @param entries the tar's entries in order, markers included
 * @param added entries whose path was not there below
 * @param modified entries whose path was there below
 * @param removed paths below that this layer's whiteouts and opaque markers hide
 * @param createdBy the history command that made the layer, or empty when unknown
 */
public record Layer(int index, String digest, String diffId, long compressedSize,
        long tarSize, List<Entry> entries, int added, int modified, int removed,
        String createdBy) {
    public Layer {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(diffId, "diffId");
        Objects.requireNonNull(createdBy, "createdBy");
        entries = List.copyOf(entries);
    }

    /** The sum of the entries' sizes: what dive calls the layer's size. */
    public long size() {
        return entries.stream().mapToLong(Entry::size).sum();
    }
}
