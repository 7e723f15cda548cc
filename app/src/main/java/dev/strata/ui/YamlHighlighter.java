package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours YAML (manifests and scenarios) line by line: comments, keys, quoted strings,
 * numbers and constants, anchors and aliases, list dashes and document markers.
 */
final class YamlHighlighter implements Highlighter {
    static final String KEY = "code-key";
    static final String COMMENT = "code-comment";
    static final String STRING = "code-string";
    static final String CONSTANT = "code-constant";
    static final String ANCHOR = "code-variable";
    static final String MARK = "code-mark";

    private static final Pattern DOCUMENT = Pattern.compile("^(---|\\.\\.\\.)(\\s.*)?$");
    private static final Pattern DASHES = Pattern.compile("^\\s*(-\\s+)+");
    private static final Pattern KEY_COLON = Pattern.compile(
            "\\G(\"[^\"]*\"|'[^']*'|[^\\s#'\"\\-{\\[][^#:]*?|-[^\\s#:][^#:]*?)\\s*:(?=\\s|$)");
    private static final Pattern CONSTANT_WORD = Pattern.compile(
            "[-+]?(\\d[\\d_]*(\\.\\d+)?([eE][-+]?\\d+)?([KMGTP]i?B?)?|0x[0-9a-fA-F]+)"
                    + "|true|false|null|~|yes|no|True|False|Null");

    private final List<Span> spans = new ArrayList<>();

    @Override
    public List<Span> spans(String text) {
        spans.clear();
        int at = 0;
        while (at <= text.length()) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            line(text.substring(at, end), at);
            at = end + 1;
        }
        return List.copyOf(spans);
    }

    private void line(String line, int offset) {
        Matcher doc = DOCUMENT.matcher(line);
        if (doc.matches()) {
            add(offset, offset + doc.end(1), MARK);
            value(line, doc.end(1), offset);
            return;
        }
        int at = 0;
        Matcher dashes = DASHES.matcher(line);
        if (dashes.lookingAt()) {
            add(offset + line.indexOf('-'), offset + dashes.end(), MARK);
            at = dashes.end();
        }
        at = skipSpaces(line, at);
        Matcher key = KEY_COLON.matcher(line);
        if (key.find(at) && key.start() == at) {
            add(offset + at, offset + key.end(1), KEY);
            at = key.end();
        }
        value(line, at, offset);
    }

    private void value(String line, int from, int offset) {
        int at = skipSpaces(line, from);
        int comment = commentStart(line, at);
        String value = line.substring(at, comment).stripTrailing();
        if (!value.isEmpty()) {
            valueSpan(value, offset + at);
        }
        if (comment < line.length()) {
            add(offset + comment, offset + line.length(), COMMENT);
        }
    }

    private void valueSpan(String value, int start) {
        char first = value.charAt(0);
        if (first == '"' || first == '\'') {
            add(start, start + value.length(), STRING);
        } else if (first == '&' || first == '*') {
            int end = value.indexOf(' ');
            add(start, start + (end < 0 ? value.length() : end), ANCHOR);
        } else if (first == '|' || first == '>') {
            add(start, start + value.length(), MARK);
        } else if (CONSTANT_WORD.matcher(value).matches()) {
            add(start, start + value.length(), CONSTANT);
        }
    }

    /** Where a comment starts: a # at the line start or after a space, outside quotes. */
    private static int commentStart(String line, int from) {
        char quote = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = i == from || line.charAt(i - 1) == ' ' ? c : 0;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return i;
            }
        }
        return line.length();
    }

    private static int skipSpaces(String line, int at) {
        int i = at;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private void add(int start, int end, String style) {
        if (end > start) {
            spans.add(new Span(start, end, style));
        }
    }
}
