package dev.strata.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Go regular expression (RE2 syntax, as Go's regexp package reads it) rewritten for
 * java.util.regex, for the expressions moby/patternmatcher builds from ignore patterns.
 *
 * <p>Those are literals, escapes, classes, {@code ^}, {@code $}, {@code .*}, {@code [^/]*}
 * and an optional group of directories; but a {@code [...]} written in a pattern is passed
 * through, so whatever Go makes of it must be made here too: a {@code [} inside a class is
 * an ordinary character unless it opens a POSIX class such as {@code [:digit:]}, escapes
 * like {@code \d} are Perl classes, {@code \Q...\E} quotes. Every character is written as a
 * code escape, so nothing in the result means more to Java than it meant to Go.
 */
final class GoRegex {
    private static final int MAX_RUNE = Character.MAX_CODE_POINT;
    private static final String WORD = "[0-9A-Za-z_]";
    private static final Map<String, int[]> POSIX = Map.ofEntries(
            Map.entry("alnum", new int[] {'0', '9', 'A', 'Z', 'a', 'z'}),
            Map.entry("alpha", new int[] {'A', 'Z', 'a', 'z'}),
            Map.entry("ascii", new int[] {0, 0x7F}),
            Map.entry("blank", new int[] {'\t', '\t', ' ', ' '}),
            Map.entry("cntrl", new int[] {0, 0x1F, 0x7F, 0x7F}),
            Map.entry("digit", new int[] {'0', '9'}),
            Map.entry("graph", new int[] {'!', '~'}),
            Map.entry("lower", new int[] {'a', 'z'}),
            Map.entry("print", new int[] {' ', '~'}),
            Map.entry("punct", new int[] {'!', '/', ':', '@', '[', '`', '{', '~'}),
            Map.entry("space", new int[] {'\t', '\r', ' ', ' '}),
            Map.entry("upper", new int[] {'A', 'Z'}),
            Map.entry("word", new int[] {'0', '9', 'A', 'Z', 'a', 'z', '_', '_'}),
            Map.entry("xdigit", new int[] {'0', '9', 'A', 'F', 'a', 'f'}));
    private static final Map<Character, int[]> PERL = Map.of(
            'd', POSIX.get("digit"),
            's', new int[] {'\t', '\n', '\f', '\r', ' ', ' '},
            'w', POSIX.get("word"));
    private static final Set<String> CATEGORIES = Set.of("C", "Cc", "Cf", "Co", "Cs", "L",
            "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl", "No", "P",
            "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So", "Z", "Zl",
            "Zp", "Zs");

    private final String re;
    private final StringBuilder out = new StringBuilder();
    private int i;

    private GoRegex(String re) {
        this.re = re;
    }

    /** The Java pattern that finds what Go's MatchString finds. */
    static Pattern compile(String goRegex) throws BadPattern {
        GoRegex translation = new GoRegex(goRegex);
        translation.expression();
        try {
            return Pattern.compile(translation.out.toString());
        } catch (PatternSyntaxException e) {
            throw new BadPattern(0, "not a regular expression Go reads: " + e.getDescription());
        }
    }

    private void expression() throws BadPattern {
        while (i < re.length()) {
            int c = re.codePointAt(i);
            switch (c) {
                case '$' -> out.append("\\z");
                case '.' -> out.append("[^\\n]");
                case '(' -> out.append("(?:");
                case '^', ')', '|', '*', '+', '?' -> out.append((char) c);
                case '[' -> {
                    charClass();
                    continue;
                }
                case '\\' -> {
                    escape();
                    continue;
                }
                default -> literal(out, c);
            }
            i += Character.charCount(c);
        }
    }

    /** An escape outside a class: an assertion, a quoted run, a class, or one character. */
    private void escape() throws BadPattern {
        char next = i + 1 < re.length() ? re.charAt(i + 1) : 0;
        switch (next) {
            case 'A', 'z' -> out.append('\\').append(next);
            case 'b' -> out.append("(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?="
                    + WORD + "))");
            case 'B' -> out.append("(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!"
                    + WORD + "))");
            case 'Q' -> {
                quoted();
                return;
            }
            default -> {
                List<String> members = new ArrayList<>();
                if (classEscape(members)) {
                    out.append(javaClass(members, false));
                } else {
                    literal(out, character());
                }
                return;
            }
        }
        i += 2;
    }

    /** {@code \Q...\E}: everything up to {@code \E}, or to the end, is literal. */
    private void quoted() {
        int end = re.indexOf("\\E", i + 2);
        String text = re.substring(i + 2, end < 0 ? re.length() : end);
        text.codePoints().forEach(c -> literal(out, c));
        i = end < 0 ? re.length() : end + 2;
    }

    /** A {@code [...]} as Go's parser reads it; the first {@code ]} after {@code [} is literal. */
    private void charClass() throws BadPattern {
        int open = i++;
        boolean negated = i < re.length() && re.charAt(i) == '^';
        if (negated) {
            i++;
        }
        List<String> members = new ArrayList<>();
        for (boolean first = true; first || i >= re.length() || re.charAt(i) != ']';
                first = false) {
            if (i >= re.length()) {
                throw new BadPattern(open, "[ is never closed with ]");
            }
            if (!posixClass(members) && !classEscape(members)) {
                range(members);
            }
        }
        i++;
        out.append(javaClass(members, negated));
    }

    private void range(List<String> members) throws BadPattern {
        int start = i;
        int lo = character();
        int hi = lo;
        if (i + 1 < re.length() && re.charAt(i) == '-' && re.charAt(i + 1) != ']') {
            i++;
            hi = character();
            if (hi < lo) {
                throw new BadPattern(start, "the range " + re.substring(start, i)
                        + " goes backwards");
            }
        }
        members.add(javaRange(lo, hi));
    }

    /** {@code [:name:]} or {@code [:^name:]} inside a class. */
    private boolean posixClass(List<String> members) throws BadPattern {
        int end = re.indexOf(":]", i + 2);
        if (!re.startsWith("[:", i) || end < 0) {
            return false;
        }
        String name = re.substring(i + 2, end);
        boolean negated = name.startsWith("^");
        int[] ranges = POSIX.get(negated ? name.substring(1) : name);
        if (ranges == null) {
            throw new BadPattern(i, "there is no character class [:" + name + ":]");
        }
        members.addAll(javaRanges(negated ? complement(ranges) : ranges));
        i = end + 2;
        return true;
    }

    /** {@code \d \s \w}, their negations, and Unicode classes {@code \pL}, {@code \p{Greek}}. */
    private boolean classEscape(List<String> members) throws BadPattern {
        char next = i + 1 < re.length() ? re.charAt(i + 1) : 0;
        if (re.charAt(i) != '\\') {
            return false;
        }
        int[] perl = PERL.get(Character.toLowerCase(next));
        if (perl != null) {
            members.addAll(javaRanges(Character.isUpperCase(next) ? complement(perl) : perl));
            i += 2;
            return true;
        }
        if (next != 'p' && next != 'P') {
            return false;
        }
        unicodeClass(members, next == 'P');
        return true;
    }

    private void unicodeClass(List<String> members, boolean negated) throws BadPattern {
        int start = i;
        String name;
        if (re.startsWith("{", i + 2)) {
            int end = re.indexOf('}', i);
            if (end < 0) {
                throw new BadPattern(start, "\\p{ is never closed with }");
            }
            name = re.substring(i + 3, end);
            i = end + 1;
        } else {
            int c = i + 2 < re.length() ? re.codePointAt(i + 2) : 0;
            name = c == 0 ? "" : Character.toString(c);
            i += 2 + (c == 0 ? 0 : Character.charCount(c));
        }
        if (name.startsWith("^")) {
            negated = !negated;
            name = name.substring(1);
        }
        if (name.equals("Any")) {
            members.add(negated ? "" : javaRange(0, MAX_RUNE));
        } else if (CATEGORIES.contains(name) || isScript(name)) {
            members.add((negated ? "\\P{Is" : "\\p{Is") + name + "}");
        } else {
            throw new BadPattern(start, "there is no Unicode class " + name);
        }
    }

    private static boolean isScript(String name) {
        try {
            Character.UnicodeScript.forName(name);
            return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** One character, escaped or not, as Go's parseEscape reads an escape. */
    private int character() throws BadPattern {
        int c = re.codePointAt(i);
        if (c != '\\') {
            i += Character.charCount(c);
            return c;
        }
        int start = i;
        if (i + 1 >= re.length()) {
            throw new BadPattern(start, "\\ at the end escapes nothing");
        }
        c = re.codePointAt(++i);
        i += Character.charCount(c);
        if (c < 0x80 && !Character.isLetterOrDigit(c)) {
            return c;
        }
        return switch (c) {
            case 'a' -> 0x07;
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 0x0B;
            case 'x' -> hex(start);
            case '0' -> octal(0);
            default -> {
                if (c < '1' || c > '7' || !isOctal(i)) {
                    throw new BadPattern(start, "Go does not know the escape "
                            + re.substring(start, i));
                }
                yield octal(c - '0');
            }
        };
    }

    /** Up to two more octal digits after the first. */
    private int octal(int first) {
        int value = first;
        for (int digits = 1; digits < 3 && isOctal(i); digits++) {
            value = value * 8 + re.charAt(i++) - '0';
        }
        return value;
    }

    private boolean isOctal(int at) {
        return at < re.length() && re.charAt(at) >= '0' && re.charAt(at) <= '7';
    }

    /** {@code \xHH} or {@code \x{H...}}. */
    private int hex(int start) throws BadPattern {
        BadPattern bad = new BadPattern(start, "a \\x escape needs hexadecimal digits");
        boolean braced = re.startsWith("{", i);
        int end = braced ? re.indexOf('}', i) : i + 2;
        if (end < 0 || end > re.length() || (braced && end == i + 1)) {
            throw bad;
        }
        int value = 0;
        for (int k = braced ? i + 1 : i; k < end; k++) {
            int digit = re.charAt(k) < 0x80 ? Character.digit(re.charAt(k), 16) : -1;
            value = value * 16 + digit;
            if (digit < 0 || value > MAX_RUNE) {
                throw bad;
            }
        }
        i = braced ? end + 1 : end;
        return value;
    }

    /** The code points not in the ranges, which are sorted pairs of bounds. */
    private static int[] complement(int[] ranges) {
        List<Integer> bounds = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < ranges.length; k += 2) {
            if (ranges[k] > next) {
                bounds.add(next);
                bounds.add(ranges[k] - 1);
            }
            next = ranges[k + 1] + 1;
        }
        bounds.add(next);
        bounds.add(MAX_RUNE);
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<String> javaRanges(int[] ranges) {
        List<String> members = new ArrayList<>();
        for (int k = 0; k < ranges.length; k += 2) {
            members.add(javaRange(ranges[k], ranges[k + 1]));
        }
        return members;
    }

    private static String javaRange(int lo, int hi) {
        StringBuilder range = new StringBuilder();
        literal(range, lo);
        if (hi != lo) {
            literal(range.append('-'), hi);
        }
        return range.toString();
    }

    /** A class of members none of which nests; one that holds nothing matches nothing. */
    private static String javaClass(List<String> members, boolean negated) {
        String body = String.join("", members);
        if (body.isEmpty()) {
            return negated ? "[" + javaRange(0, MAX_RUNE) + "]" : "(?!)";
        }
        return (negated ? "[^" : "[") + body + "]";
    }

    private static void literal(StringBuilder to, int c) {
        to.append("\\x{").append(Integer.toHexString(c)).append('}');
    }
}
