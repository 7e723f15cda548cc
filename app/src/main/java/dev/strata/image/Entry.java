package dev.strata.image;

import java.util.Objects;

/**
 * One entry of a layer's tar, with its path made absolute and clean.
 *
 * @param path absolute path; for a whiteout the path it removes, for an opaque marker the
 *     directory it empties
 * @param kind what the entry is
 * @param size the size the tar header gives (0 for links, directories and markers)
 * @param mode the permission bits, {@code 07777} at most
 * @param linkTarget a symlink's target as written, a hard link's target as an absolute
 *     path, otherwise empty
 * @param change what the entry does relative to the layers below
 */
public record Entry(String path, EntryKind kind, long size, int mode, String linkTarget,
        Change change) {
    public Entry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(linkTarget, "linkTarget");
        Objects.requireNonNull(change, "change");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("entry path must be absolute, got " + path);
        }
        if (size < 0) {
            throw new IllegalArgumentException("entry size must not be negative: " + size);
        }
    }

    /** This entry at another path. */
    Entry withPath(String newPath) {
        return new Entry(newPath, kind, size, mode, linkTarget, change);
    }

    /** This entry with another change; the same instance when the change is the same. */
    Entry withChange(Change newChange) {
        if (newChange == change) {
            return this;
        }
        return new Entry(path, kind, size, mode, linkTarget, newChange);
    }
}
