package dev.strata.dockerfile;

import java.util.ArrayDeque;
import java.util.Deque;

/** Go's strings.TrimSpace and path/filepath.Clean (with {@code /}), which ignore files use. */
final class GoText {
    private GoText() {
    }

    /** Go's unicode.IsSpace: the White_Space property, including U+0085 and U+00A0. */
    static boolean isSpace(int c) {
        return (c >= '\t' && c <= '\r') || c == 0x85 || Character.isSpaceChar(c);
    }

    static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /**
     * The shortest path naming the same file: repeated slashes become one, {@code .} elements
     * go, a {@code ..} removes the element before it (and is dropped at the root), a trailing
     * slash goes; nothing left is {@code .}.
     */
    static String clean(String path) {
        boolean rooted = path.startsWith("/");
        Deque<String> kept = new ArrayDeque<>();
        for (String element : path.split("/")) {
            if (element.equals("..")) {
                if (!kept.isEmpty() && !kept.peekLast().equals("..")) {
                    kept.removeLast();
                } else if (!rooted) {
                    kept.addLast("..");
                }
            } else if (!element.isEmpty() && !element.equals(".")) {
                kept.addLast(element);
            }
        }
        String joined = String.join("/", kept);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
