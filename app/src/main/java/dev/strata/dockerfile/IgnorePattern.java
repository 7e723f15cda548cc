package dev.strata.dockerfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of an ignore file, compiled as moby/patternmatcher compiles it: a pattern that
 * is plain text up to a final {@code **} tests a prefix, one that is {@code **} and plain
 * text tests a suffix (so {@code **.log} matches {@code a/b.log} and {@code ab.log}), plain
 * text tests equality, and anything else becomes a Go regular expression where {@code *}
 * and {@code ?} stop at {@code /} and {@code **} with its slash stands for any number of
 * directories.
 *
 * @param text the cleaned pattern, without the {@code !} of an exception
 * @param exception whether the line starts with {@code !}, re-including what it matches
 * @param test how a path is tested
 */
record IgnorePattern(String text, boolean exception, Test test) {
    private static final String REGEX_SPECIALS = ".+()|{}$";

    /** How a path is tested against a pattern. */
    sealed interface Test {
        boolean matches(String path);
    }

    record Exact(String text) implements Test {
        @Override
        public boolean matches(String path) {
            return path.equals(text);
        }
    }

    record Prefix(String prefix) implements Test {
        @Override
        public boolean matches(String path) {
            return path.startsWith(prefix);
        }
    }

    /** {@code **} first: a path ending in the rest, or the rest without its leading slash. */
    record Suffix(String suffix) implements Test {
        @Override
        public boolean matches(String path) {
            return path.endsWith(suffix)
                    || (suffix.startsWith("/") && path.equals(suffix.substring(1)));
        }
    }

    /** A regular expression, read within a bound (see {@link BoundedText}). */
    record Expression(Pattern regex) implements Test {
        @Override
        public boolean matches(String path) {
            return regex.matcher(BoundedText.of(path)).find();
        }
    }

    /**
     * Compiles a cleaned pattern.
     *
     * @throws BadPattern when Go's filepath.Match or Go's regexp would refuse it; the index
     *     is in {@code text}
     */
    static IgnorePattern compile(String text, boolean exception) throws BadPattern {
        GoGlob.check(text);
        return new IgnorePattern(text, exception, test(text));
    }

    private static Test test(String text) throws BadPattern {
        GoExpression go = new GoExpression(text);
        return switch (go.kind) {
            case EXACT -> new Exact(text);
            case PREFIX -> new Prefix(text.substring(0, text.length() - 2));
            case SUFFIX -> new Suffix(text.substring(2));
            case REGEX -> go.compile();
        };
    }

    private enum Kind { EXACT, PREFIX, SUFFIX, REGEX }

    /**
     * The Go regular expression patternmatcher writes for a pattern, character for
     * character, with the index in the pattern each part of it comes from; and the kind of
     * test it settles on, which is all that is used unless the kind is REGEX.
     */
    private static final class GoExpression {
        private final StringBuilder re = new StringBuilder("^");
        private final List<Integer> origins = new ArrayList<>(List.of(0));
        private Kind kind = Kind.EXACT;

        GoExpression(String text) {
            int k = 0;
            for (int step = 0; k < text.length(); step++) {
                int at = k;
                int c = text.codePointAt(k);
                k += Character.charCount(c);
                if (c == '*' && text.startsWith("*", k)) {
                    k += text.startsWith("*/", k) ? 2 : 1;
                    doubleStar(k == text.length(), step == 0, at);
                } else if (c == '*' || c == '?') {
                    append(c == '*' ? "[^/]*" : "[^/]", at, Kind.REGEX);
                } else if (c < 0x80 && REGEX_SPECIALS.indexOf(c) >= 0) {
                    append("\\" + (char) c, at, kind);
                } else if (c == '\\' && k < text.length()) {
                    int escaped = text.codePointAt(k);
                    k += Character.charCount(escaped);
                    append("\\" + Character.toString(escaped), at, Kind.REGEX);
                } else {
                    append(Character.toString(c), at, c == '[' || c == ']' ? Kind.REGEX : kind);
                }
            }
            if (kind == Kind.REGEX) {
                append("$", Math.max(0, text.length() - 1), kind);
            }
        }

        /** {@code **}, its {@code /} eaten: at the end a prefix test, first a suffix test. */
        private void doubleStar(boolean last, boolean first, int at) {
            if (last && kind == Kind.EXACT) {
                kind = Kind.PREFIX;
            } else {
                append(last ? ".*" : "(.*/)?", at, Kind.REGEX);
            }
            if (first) {
                kind = Kind.SUFFIX;
            }
        }

        private void append(String part, int at, Kind next) {
            re.append(part);
            origins.addAll(Collections.nCopies(part.length(), at));
            kind = next;
        }

        Expression compile() throws BadPattern {
            try {
                return new Expression(GoRegex.compile(re.toString()));
            } catch (BadPattern e) {
                int origin = origins.get(Math.min(e.index(), origins.size() - 1));
                throw new BadPattern(origin, e.getMessage());
            }
        }
    }
}
