package dev.strata.dockerfile;

/**
 * The syntax Go's path/filepath.Match accepts, which is what moby/patternmatcher asks of a
 * .dockerignore pattern before it takes it: a {@code \} must escape something, and a class
 * {@code [...]} must be closed and hold characters or ranges {@code lo-hi}, with {@code ^}
 * first to negate it; {@code ]} and {@code -} may not stand where a character belongs.
 */
final class GoGlob {
    private final String pattern;
    private int i;

    private GoGlob(String pattern) {
        this.pattern = pattern;
    }

    static void check(String pattern) throws BadPattern {
        new GoGlob(pattern).scan();
    }

    private void scan() throws BadPattern {
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '[') {
                charClass();
            } else if (c == '\\') {
                if (i + 1 == pattern.length()) {
                    throw new BadPattern(i, "\\ at the end escapes nothing");
                }
                i += 1 + Character.charCount(pattern.codePointAt(i + 1));
            } else {
                i += Character.charCount(pattern.codePointAt(i));
            }
        }
    }

    private void charClass() throws BadPattern {
        int open = i++;
        if (i < pattern.length() && pattern.charAt(i) == '^') {
            i++;
        }
        for (int members = 0; ; members++) {
            if (members > 0 && i < pattern.length() && pattern.charAt(i) == ']') {
                i++;
                return;
            }
            character(open, false);
            if (pattern.charAt(i) == '-') {
                i++;
                character(open, true);
            }
        }
    }

    /** One character of a class, escaped or not, which something must follow. */
    private void character(int open, boolean endOfRange) throws BadPattern {
        char c = i < pattern.length() ? pattern.charAt(i) : 0;
        if (c == ']') {
            throw new BadPattern(i, endOfRange ? "a range must end with a character before ]"
                    : "a character class [] must hold a character");
        }
        if (c == '-') {
            throw new BadPattern(i, "- must follow a character in a character class");
        }
        if (c == '\\') {
            i++;
        }
        if (i < pattern.length()) {
            i += Character.charCount(pattern.codePointAt(i));
        }
        if (i >= pattern.length()) {
            throw new BadPattern(open, "[ is never closed with ]");
        }
    }
}
