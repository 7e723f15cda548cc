package dev.strata.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Slash-separated paths inside an image or an archive, never the host's. */
final class Paths {
    /** Linux's PATH_MAX: the most bytes a path given to a system call has, its NUL included. */
    static final int PATH_MAX = 4096;
    /** Linux's NAME_MAX: the most bytes one name in a directory has. */
    static final int NAME_MAX = 255;
    /** A path of at most this many characters is within both limits, whatever they are. */
    private static final int SURELY_WITHIN = NAME_MAX / 3;
    private static final int SHOWN = 60;

    private Paths() {
    }

    /**
     * Why Linux could not create an absolute path, or null when it could: the path with its
     * NUL is longer than PATH_MAX, or a name in it longer than NAME_MAX (ENAMETOOLONG), both
     * counted in UTF-8 bytes. One pass, and none for the short paths that nearly all are.
     */
    static String overLinuxLimits(String path) {
        if (path.length() <= SURELY_WITHIN) {
            return null;
        }
        int total = 0;
        int name = 0;
        int longest = 0;
        int longestEnd = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            int bytes = c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            total += bytes;
            name = c == '/' ? 0 : name + bytes;
            if (name > longest) {
                longest = name;
                longestEnd = i + 1;
            }
        }
        if (total + 1 > PATH_MAX) {
            return "has a path of " + total + " bytes, longer than Linux's " + PATH_MAX
                    + " (PATH_MAX, with the closing NUL)";
        }
        if (longest > NAME_MAX) {
            String longName = path.substring(path.lastIndexOf('/', longestEnd - 1) + 1,
                    longestEnd);
            return "has a name of " + longest + " bytes (" + shortened(longName)
                    + "), longer than Linux's " + NAME_MAX + " (NAME_MAX)";
        }
        return null;
    }

    /** A path cut to its first characters and an ellipsis when it is too long to show. */
    static String shortened(String path) {
        return path.length() <= SHOWN ? path : path.substring(0, SHOWN) + "…";
    }

    /** The components of a path, empty ones and {@code .} dropped; {@code ..} kept. */
    static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** An absolute clean path; {@code ..} above the root stays at the root, as the kernel does. */
    static String clean(String path) {
        return normalize(path).orElseGet(() -> clampAtRoot(path));
    }

    /**
     * The path made absolute and clean, or empty when a {@code ..} would climb above the
     * root (a name that escapes).
     */
    static Optional<String> normalize(String path) {
        if (isClean(path)) {
            return Optional.of(path.startsWith("/") ? path : "/" + path);
        }
        List<String> out = new ArrayList<>();
        for (String part : split(path)) {
            if (!part.equals("..")) {
                out.add(part);
            } else if (out.isEmpty()) {
                return Optional.empty();
            } else {
                out.remove(out.size() - 1);
            }
        }
        return Optional.of("/" + String.join("/", out));
    }

    /**
     * True when splitting and joining would give the path back: no empty, {@code .} or
     * {@code ..} component, no slash at the end. Most tar names are already like this.
     */
    private static boolean isClean(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        if (start == path.length()) {
            return false;
        }
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            end = end < 0 ? path.length() : end;
            int length = end - start;
            if (length == 0 || path.charAt(start) == '.' && (length == 1
                    || length == 2 && path.charAt(start + 1) == '.')) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    private static String clampAtRoot(String path) {
        List<String> out = new ArrayList<>();
        for (String part : split(path)) {
            if (!part.equals("..")) {
                out.add(part);
            } else if (!out.isEmpty()) {
                out.remove(out.size() - 1);
            }
        }
        return "/" + String.join("/", out);
    }

    /** The parent of an absolute path; the root's parent is the root. */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    /**
     * The parent of an absolute path, as {@link #parent(String)}, but the very string
     * {@code last} when that is the parent: entries of one directory come one after the
     * other, and the same parent need not be made and hashed again for each.
     */
    static String parent(String path, String last) {
        int slash = path.lastIndexOf('/');
        if (slash <= 0) {
            return "/";
        }
        return last.length() == slash && path.startsWith(last) ? last : path.substring(0, slash);
    }

    /** A name inside an absolute directory. */
    static String child(String directory, String name) {
        return directory.equals("/") ? "/" + name : directory + "/" + name;
    }

    /** The last component of a path. */
    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Compares absolute paths in tree order: component by component, so that a directory is
     * followed by everything under it ({@code /a}, {@code /a/b}, {@code /a-b}), which plain
     * string order does not do ({@code -} sorts before {@code /}).
     */
    static int compareInTree(String a, String b) {
        return compareInTree(a, a.length(), b);
    }

    /** {@link #compareInTree(String, String)} of the first {@code aLength} characters of a. */
    static int compareInTree(String a, int aLength, String b) {
        int length = Math.min(aLength, b.length());
        for (int i = 0; i < length; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return x == '/' ? -1 : y == '/' ? 1 : Character.compare(x, y);
            }
        }
        return Integer.compare(aLength, b.length());
    }
}
