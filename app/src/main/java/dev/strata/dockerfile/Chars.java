package dev.strata.dockerfile;

import java.util.regex.Pattern;

/** Character classes as Go defines them, so that splitting matches BuildKit's. */
final class Chars {
    /** BuildKit's reWhitespace: blanks that separate words, never a line break. */
    static final Pattern BLANKS = Pattern.compile("[\\t\\u000B\\f\\r ]+");

    private Chars() {
    }

    /** Go's unicode.IsSpace. */
    static boolean isSpace(int c) {
        return (c >= '\t' && c <= '\r') || c == ' ' || c == 0x85 || Character.isSpaceChar(c);
    }

    static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Go's strings.TrimSpace. */
    static String trim(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(leadingSpaces(s.substring(0, end)), end);
    }

    /** Go's bytes.TrimRight(s, "\r\n"). */
    static String trimNewline(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }
}
