package dev.strata.sim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Absolute, lexically normalised container paths. Nothing here touches a real filesystem. */
final class FsPaths {
    static final String ROOT = "/";

    private FsPaths() {
    }

    /**
     * Normalises an absolute path: collapses {@code //} and {@code .}, resolves {@code ..}
     * lexically (never above the root) and drops a trailing slash.
     */
    static String normalize(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must be absolute: " + path);
        }
        if (isNormal(path)) {
            return path;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? ROOT : "/" + String.join("/", parts);
    }

    /** Linux's limits: 255 bytes a name (NAME_MAX), 4096 with the NUL a path (PATH_MAX). */
    static boolean tooLong(String path) {
        if (path.length() <= 85) {
            return false; // at most 3 UTF-8 bytes a char: no name can pass 255 bytes
        }
        if (path.getBytes(StandardCharsets.UTF_8).length > 4095) {
            return true;
        }
        for (String name : path.split("/")) {
            if (name.getBytes(StandardCharsets.UTF_8).length > 255) {
                return true;
            }
        }
        return false;
    }

    /** True when no empty, {@code .} or {@code ..} name and no trailing slash is there. */
    private static boolean isNormal(String path) {
        if (path.length() == 1) {
            return true;
        }
        if (path.endsWith("/")) {
            return false;
        }
        int start = 1;
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

    /** The parent of a normalised path; the root is its own parent. */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? ROOT : path.substring(0, slash);
    }

    /** The last name of a normalised path. */
    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** True when {@code path} is {@code dir} or lies below it. */
    static boolean isUnder(String path, String dir) {
        if (dir.equals(ROOT)) {
            return true;
        }
        return path.equals(dir) || path.startsWith(dir + "/");
    }

    /** {@code path} re-rooted from {@code from} onto {@code to}; path must be under from. */
    static String rebase(String path, String from, String to) {
        String rest = from.equals(ROOT) ? path : path.substring(from.length());
        if (rest.isEmpty() || rest.equals(ROOT)) {
            return to;
        }
        return to.equals(ROOT) ? rest : to + rest;
    }

    /** The proper ancestors of a normalised path, nearest the root first, root excluded. */
    static List<String> ancestors(String path) {
        List<String> result = new ArrayList<>();
        for (String p = parent(path); !p.equals(ROOT); p = parent(p)) {
            result.add(0, p);
        }
        return result;
    }
}
