package dev.strata.dockerfile;

/** Go's strconv.Quote: a double-quoted literal with Go escapes, printable characters kept. */
final class GoQuote {
    private GoQuote() {
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(c -> append(out, c));
        return out.append('"').toString();
    }

    private static void append(StringBuilder out, int c) {
        String simple = simpleEscape(c);
        if (simple != null) {
            out.append(simple);
        } else if (c < 0x20 || c == 0x7F) {
            out.append(String.format("\\x%02x", c));
        } else if (isPrintable(c)) {
            out.appendCodePoint(c);
        } else if (c <= 0xFFFF) {
            out.append(String.format("\\u%04x", c));
        } else {
            out.append(String.format("\\U%08x", c));
        }
    }

    private static String simpleEscape(int c) {
        switch (c) {
            case 7: return "\\a";
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case 0x0B: return "\\v";
            case '\\': return "\\\\";
            case '"': return "\\\"";
            default: return null;
        }
    }

    /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space. */
    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED,
                    Character.SURROGATE, Character.PRIVATE_USE, Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
