package dev.strata.dockerfile;

import java.util.ArrayDeque;
import java.util.Deque;

/** Paths inside an image: always {@code /}-separated, absolute and clean. */
final class ImagePaths {
    private ImagePaths() {
    }

    /** {@code path} against the directory {@code base}, as Go's path.Join then path.Clean. */
    static String resolve(String base, String path) {
        return clean(path.startsWith("/") ? path : base + "/" + path);
    }

    /** Lexical clean: no empty or {@code .} parts, {@code ..} removed, never above the root. */
    static String clean(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** The last part of a path written in a Dockerfile, trailing slashes ignored. */
    static String baseName(String path) {
        String clean = clean(path);
        return clean.substring(clean.lastIndexOf('/') + 1);
    }
}
