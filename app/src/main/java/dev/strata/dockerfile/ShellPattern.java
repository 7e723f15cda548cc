package dev.strata.dockerfile;

import java.util.regex.Pattern;

/** A shell pattern ({@code *}, {@code ?}, {@code [...]}, escapes) as a Java regex. */
final class ShellPattern {
    private ShellPattern() {
    }

    static Pattern toRegex(String pattern) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '\\' && i + 1 < pattern.length()) {
                re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '[' && pattern.indexOf(']', i + 2) > 0) {
                int end = pattern.indexOf(']', i + 2);
                re.append(charClass(pattern.substring(i + 1, end)));
                i = end;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    private static String charClass(String body) {
        boolean negated = body.startsWith("!") || body.startsWith("^");
        String chars = negated ? body.substring(1) : body;
        return "[" + (negated ? "^" : "") + chars.replace("\\", "\\\\").replace("[", "\\[")
                + "]";
    }
}
