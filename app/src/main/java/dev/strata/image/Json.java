package dev.strata.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small strict JSON reader (RFC 8259) for the manifests, indexes and configs of an
 * archive: objects become maps, arrays lists, numbers doubles. Nesting is bounded.
 */
final class Json {
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /** Parses one document; a syntax error is an {@link IllegalArgumentException}. */
    static Object parse(String text) {
        Json json = new Json(text);
        Object value = json.value(0);
        json.skipSpace();
        if (json.at != text.length()) {
            throw json.error("text after the JSON value");
        }
        return value;
    }

    /** The member as an object, or an empty map when missing or of another type. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String key) {
        Object member = value instanceof Map<?, ?> map ? map.get(key) : null;
        return member instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The member as a list, or an empty list when missing or of another type. */
    static List<?> array(Object value, String key) {
        Object member = value instanceof Map<?, ?> map ? map.get(key) : null;
        return member instanceof List<?> list ? list : List.of();
    }

    /** The member as a string, or empty when missing or of another type. */
    static Optional<String> string(Object value, String key) {
        Object member = value instanceof Map<?, ?> map ? map.get(key) : null;
        return member instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** A value as a message shows it: a whole number without ".0", a string quoted. */
    static String show(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e18) {
            return String.valueOf(d.longValue());
        }
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return value instanceof List<?> ? "a list" : String.valueOf(value);
    }

    static boolean bool(Object value, String key) {
        return value instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get(key));
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
        skipSpace();
        char c = peek();
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return map;
        }
        do {
            skipSpace();
            String key = string();
            expect(':');
            map.put(key, value(depth + 1));
            skipSpace();
        } while (consume(','));
        expect('}');
        return map;
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return list;
        }
        do {
            list.add(value(depth + 1));
            skipSpace();
        } while (consume(','));
        expect(']');
        return list;
    }

    private String string() {
        if (peek() != '"') {
            throw error("expected a string");
        }
        StringBuilder out = new StringBuilder();
        at++;
        while (peek() != '"') {
            char c = text.charAt(at++);
            if (c == '\\') {
                out.append(escape());
            } else if (c < 0x20) {
                throw error("control character in a string");
            } else {
                out.append(c);
            }
        }
        at++;
        return out.toString();
    }

    private char escape() {
        char c = peek();
        at++;
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw error("bad escape \\" + c);
        };
    }

    private char unicode() {
        if (at + 4 > text.length()) {
            throw error("short \\u escape");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
            at += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error("bad \\u escape");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("unexpected character");
        }
        at += word.length();
        return value;
    }

    private Double number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        try {
            return Double.valueOf(text.substring(start, at));
        } catch (NumberFormatException e) {
            at = start;
            throw error("unexpected character");
        }
    }

    private void expect(char c) {
        skipSpace();
        if (!consume(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private boolean consume(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(at);
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + at);
    }
}
