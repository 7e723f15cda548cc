package dev.strata.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the exec form of an instruction, {@code ["a", "b"]}, as BuildKit's parseJSON does:
 * text that is not valid JSON is not exec form (the caller falls back to shell form), while
 * valid JSON that is not an array of strings is an error.
 */
final class JsonArray {
    private static final Object OTHER = new Object();

    private final String text;
    private int pos;

    private JsonArray(String text) {
        this.text = text;
    }

    /** Valid JSON that is not an array of strings. */
    static final class NotStrings extends Exception {
        NotStrings() {
            super("dockerfile JSON array must contain only strings");
        }
    }

    /** The strings of the array, or empty when the text is not a JSON array. */
    static Optional<List<String>> parse(String args) throws NotStrings {
        String rest = args.substring(Chars.leadingSpaces(args));
        if (!rest.startsWith("[")) {
            return Optional.empty();
        }
        List<?> values = new JsonArray(rest).whole();
        if (values == null) {
            return Optional.empty();
        }
        List<String> strings = new ArrayList<>();
        for (Object value : values) {
            if (!(value instanceof String)) {
                throw new NotStrings();
            }
            strings.add((String) value);
        }
        return Optional.of(strings);
    }

    private List<?> whole() {
        try {
            Object value = value();
            skipBlanks();
            return pos == text.length() ? (List<?>) value : null;
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private Object value() {
        skipBlanks();
        char c = text.charAt(pos);
        if (c == '[') {
            return array();
        } else if (c == '{') {
            object();
        } else if (c == '"') {
            return string();
        } else if (!literal("true") && !literal("false") && !literal("null")) {
            number();
        }
        return OTHER;
    }

    private List<Object> array() {
        List<Object> values = new ArrayList<>();
        pos++;
        skipBlanks();
        if (text.charAt(pos) == ']') {
            pos++;
            return values;
        }
        do {
            values.add(value());
            skipBlanks();
        } while (text.charAt(pos++) == ',');
        expect(text.charAt(pos - 1) == ']');
        return values;
    }

    private void object() {
        pos++;
        skipBlanks();
        if (text.charAt(pos) == '}') {
            pos++;
            return;
        }
        do {
            skipBlanks();
            expect(text.charAt(pos) == '"');
            string();
            skipBlanks();
            expect(text.charAt(pos++) == ':');
            value();
            skipBlanks();
        } while (text.charAt(pos++) == ',');
        expect(text.charAt(pos - 1) == '}');
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        for (char c = text.charAt(pos++); c != '"'; c = text.charAt(pos++)) {
            expect(c >= 0x20);
            out.append(c == '\\' ? escaped() : c);
        }
        return out.toString();
    }

    private char escaped() {
        char c = text.charAt(pos++);
        switch (c) {
            case '"', '\\', '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                pos += 4;
                return (char) Integer.parseUnsignedInt(text.substring(pos - 4, pos), 16);
            default:
                throw new IllegalStateException("bad escape");
        }
    }

    private boolean literal(String word) {
        if (text.startsWith(word, pos)) {
            pos += word.length();
            return true;
        }
        return false;
    }

    private void number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String n = text.substring(start, pos);
        expect(n.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?"));
    }

    private void skipBlanks() {
        while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private static void expect(boolean ok) {
        if (!ok) {
            throw new IllegalStateException("not JSON");
        }
    }
}
