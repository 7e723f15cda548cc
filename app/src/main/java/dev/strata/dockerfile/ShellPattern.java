package dev.strata.dockerfile;

import java.util.Optional;
import java.util.regex.Pattern;

/** A shell pattern ({@code *}, {@code ?}, {@code [...]}, escapes) as a Java regex. */
final class ShellPattern {
    private ShellPattern() {
    }

    /**
     * The regex of a pattern, or why there is none: a range written backwards, such as
     * {@code [z-a]}, which BuildKit's regexp refuses as well.
     */
    static Pattern toRegex(String pattern) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            Optional<Integer> classEnd = c == '[' ? classEnd(pattern, i) : Optional.empty();
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '\\' && i + 1 < pattern.length()) {
                re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (classEnd.isPresent()) {
                re.append(charClass(pattern.substring(i + 1, classEnd.get())));
                i = classEnd.get();
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    /** The {@code ]} closing a class opened at {@code open}; a {@code ]} first is literal. */
    private static Optional<Integer> classEnd(String pattern, int open) {
        int first = open + 1;
        if (first < pattern.length() && "!^".indexOf(pattern.charAt(first)) >= 0) {
            first++;
        }
        int end = pattern.indexOf(']', first + 1);
        return end > 0 ? Optional.of(end) : Optional.empty();
    }

    /** Every member is written as a code escape, so no character means anything to Java. */
    private static String charClass(String body) {
        boolean negated = body.startsWith("!") || body.startsWith("^");
        String members = negated ? body.substring(1) : body;
        StringBuilder re = new StringBuilder(negated ? "[^" : "[");
        int[] chars = members.codePoints().toArray();
        for (int k = 0; k < chars.length; k++) {
            int from = chars[k];
            re.append(literal(from));
            if (k + 2 < chars.length && chars[k + 1] == '-') {
                int to = chars[k + 2];
                if (to < from) {
                    throw new IllegalArgumentException("invalid character class range "
                            + Character.toString(from) + "-" + Character.toString(to));
                }
                re.append('-').append(literal(to));
                k += 2;
            }
        }
        return re.append(']').toString();
    }

    private static String literal(int codePoint) {
        return "\\x{" + Integer.toHexString(codePoint) + "}";
    }
}
