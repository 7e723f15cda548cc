package dev.strata.image;

/**
 * An absolute path named as the first {@code length} characters of {@code source}, equal to
 * every other key for the same characters. The directories above an entry are prefixes of
 * its path: naming them this way takes no string of their own, so that the directories a
 * path thousands of levels deep implies cost memory in its depth, not in its square.
 */
class PathKey {
    final String source;
    final int length;
    private final int hash;

    /** The key of a whole path. */
    PathKey(String path) {
        this(path, path.length(), path.hashCode());
    }

    /** {@code hash} must be {@link #hash(String, int)} of the prefix. */
    PathKey(String source, int length, int hash) {
        this.source = source;
        this.length = length;
        this.hash = hash;
    }

    /** The key of the first {@code length} characters of {@code source}. */
    static PathKey prefix(String source, int length) {
        return new PathKey(source, length, hash(source, length));
    }

    /** {@link String#hashCode} of the first {@code length} characters. */
    static int hash(String source, int length) {
        if (length == source.length()) {
            return source.hashCode();
        }
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + source.charAt(i);
        }
        return h;
    }

    /**
     * The keys of the directories above an absolute path, outermost first, the root left
     * out: for {@code /a/b/c}, {@code /a} and {@code /a/b}. One pass over the path.
     */
    static PathKey[] ancestors(String path) {
        int count = 0;
        for (int i = 1; i < path.length(); i++) {
            count += path.charAt(i) == '/' ? 1 : 0;
        }
        PathKey[] keys = new PathKey[count];
        int h = path.charAt(0);
        int k = 0;
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/') {
                keys[k++] = new PathKey(path, i, h);
            }
            h = 31 * h + c;
        }
        return keys;
    }

    /** The path as a string of its own, made when it is a prefix. */
    String path() {
        return length == source.length() ? source : source.substring(0, length);
    }

    /** True when this key names exactly {@code path}. */
    boolean names(String path) {
        return path.length() == length && (path == source || path.regionMatches(0, source, 0,
                length));
    }

    /** Names in one directory compared as strings, from {@code from}, where they start. */
    static int compareFrom(int from, PathKey a, PathKey b) {
        int end = Math.min(a.length, b.length);
        for (int i = from; i < end; i++) {
            char x = a.source.charAt(i);
            char y = b.source.charAt(i);
            if (x != y) {
                return x - y;
            }
        }
        return a.length - b.length;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof PathKey key && key.hash == hash && key.length == length
                && (key.source == source || source.regionMatches(0, key.source, 0, length));
    }

    @Override
    public final int hashCode() {
        return hash;
    }
}
