package dev.strata.image;

/**
 * An absolute path named as the first {@code length} characters of {@code source}, equal to
 * every other key for the same characters. The directories above an entry are prefixes of
 * its path: naming them this way takes no string of their own, so that the directories a
 * path thousands of levels deep implies cost memory in its depth, not in its square.
 */
class PathKey {
    /** Final but for a {@link Probe}'s. */
    String source;
    int length;

    /** The key of a whole path. */
    PathKey(String path) {
        this(path, path.length());
    }

    PathKey(String source, int length) {
        this.source = source;
        this.length = length;
    }

    /** The key of the first {@code length} characters of {@code source}. */
    static PathKey prefix(String source, int length) {
        return new Hashed(source, length, hash(source, length));
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
                keys[k++] = new Hashed(path, i, h);
            }
            h = 31 * h + c;
        }
        return keys;
    }

    /** The path as a string of its own, made when it is a prefix. */
    String path() {
        return isWhole() ? source : source.substring(0, length);
    }

    /**
     * Names in one directory compared as strings, from {@code from}, where they start; whole
     * paths compare as strings do (their common directory compares equal, and quickly).
     */
    static int compareFrom(int from, PathKey a, PathKey b) {
        if (a.isWhole() && b.isWhole()) {
            return a.source.compareTo(b.source);
        }
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

    boolean isWhole() {
        return length == source.length();
    }

    /** Hash maps compare hashes before they call this. */
    @Override
    public final boolean equals(Object other) {
        return other instanceof PathKey key && key.length == length
                && (key.source == source || (isWhole() && key.isWhole()
                        ? source.equals(key.source)
                        : source.regionMatches(0, key.source, 0, length)));
    }

    /** Free for a whole path, whose string keeps its hash; made anew for a prefix. */
    @Override
    public int hashCode() {
        return hash(source, length);
    }

    /** A key to look whole paths up with, one after the other, never to keep. */
    static final class Probe extends PathKey {
        Probe() {
            super("/", 1);
        }

        Probe of(String path) {
            source = path;
            length = path.length();
            return this;
        }
    }

    /** A key whose hash was worked out with others, as a path is read once for them all. */
    private static final class Hashed extends PathKey {
        private final int hash;

        Hashed(String source, int length, int hash) {
            super(source, length);
            this.hash = hash;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
