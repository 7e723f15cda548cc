package dev.strata.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours a Dockerfile line by line: comments and parser directives, the instruction
 * keyword, {@code --flags}, quoted strings, {@code $variables}, heredoc markers and bodies.
 * It follows continuation lines and heredocs the way BuildKit reads them, without parsing.
 */
final class DockerfileHighlighter implements Highlighter {
    static final String KEYWORD = "code-keyword";
    static final String FLAG = "code-flag";
    static final String COMMENT = "code-comment";
    static final String DIRECTIVE = "code-directive";
    static final String STRING = "code-string";
    static final String VARIABLE = "code-variable";
    static final String HEREDOC = "code-heredoc";

    private static final Pattern INSTRUCTION = Pattern.compile("^(\\s*)([A-Za-z]+)");
    private static final Pattern DIRECTIVE_LINE =
            Pattern.compile("^\\s*#\\s*[A-Za-z]+\\s*=.*$");
    private static final Pattern FLAG_WORD = Pattern.compile("\\G\\s+(--[A-Za-z][-\\w]*(=\\S*)?)");
    private static final Pattern HEREDOC_MARK =
            Pattern.compile("<<(-?)([\"']?)([A-Za-z_][\\w.-]*)\\2");
    private static final Pattern VARIABLE_REF =
            Pattern.compile("\\$(\\{[^}\\n]*}?|[A-Za-z_][A-Za-z0-9_]*|[0-9*#?@$!-])");

    private final List<Span> spans = new ArrayList<>();
    private final Deque<String[]> heredocs = new ArrayDeque<>();
    private boolean continued;
    private boolean instructionSeen;

    @Override
    public List<Span> spans(String text) {
        spans.clear();
        heredocs.clear();
        continued = false;
        instructionSeen = false;
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
        if (!heredocs.isEmpty()) {
            heredocLine(line, offset);
            return;
        }
        String trimmed = line.strip();
        if (trimmed.startsWith("#")) {
            boolean directive = !instructionSeen && DIRECTIVE_LINE.matcher(line).matches();
            add(offset, offset + line.length(), directive ? DIRECTIVE : COMMENT);
            return;
        }
        if (trimmed.isEmpty()) {
            return;
        }
        int from = continued ? 0 : keyword(line, offset);
        words(line, from, offset);
        continued = line.stripTrailing().endsWith("\\");
    }

    /** Colours the keyword and the flags after it; returns where the arguments start. */
    private int keyword(String line, int offset) {
        Matcher word = INSTRUCTION.matcher(line);
        if (!word.find()) {
            return 0;
        }
        instructionSeen = true;
        add(offset + word.start(2), offset + word.end(2), KEYWORD);
        int at = word.end();
        Matcher flag = FLAG_WORD.matcher(line);
        while (flag.find(at)) {
            add(offset + flag.start(1), offset + flag.end(1), FLAG);
            at = flag.end();
        }
        return at;
    }

    private void words(String line, int from, int offset) {
        int at = from;
        while (at < line.length()) {
            char c = line.charAt(at);
            if (c == '"' || c == '\'') {
                at = quoted(line, at, offset);
            } else if (c == '$') {
                at = variable(line, at, offset);
            } else if (line.startsWith("<<", at)) {
                at = heredocMark(line, at, offset);
            } else {
                at++;
            }
        }
    }

    private int quoted(String line, int start, int offset) {
        char quote = line.charAt(start);
        int at = start + 1;
        int plain = start;
        while (at < line.length() && line.charAt(at) != quote) {
            if (line.charAt(at) == '\\' && quote == '"') {
                at += 2;
                continue;
            }
            if (quote == '"' && line.charAt(at) == '$') {
                add(offset + plain, offset + at, STRING);
                plain = variable(line, at, offset);
                at = plain;
                continue;
            }
            at++;
        }
        int end = Math.min(line.length(), at + 1);
        add(offset + plain, offset + end, STRING);
        return end;
    }

    private int variable(String line, int at, int offset) {
        Matcher ref = VARIABLE_REF.matcher(line);
        if (ref.find(at) && ref.start() == at) {
            add(offset + at, offset + ref.end(), VARIABLE);
            return ref.end();
        }
        return at + 1;
    }

    private int heredocMark(String line, int at, int offset) {
        Matcher mark = HEREDOC_MARK.matcher(line);
        if (!mark.find(at) || mark.start() != at) {
            return at + 2;
        }
        add(offset + at, offset + mark.end(), HEREDOC);
        heredocs.add(new String[] {mark.group(3), mark.group(1)});
        return mark.end();
    }

    private void heredocLine(String line, int offset) {
        add(offset, offset + line.length(), HEREDOC);
        String[] open = heredocs.peekFirst();
        String body = open[1].isEmpty() ? line : line.replaceFirst("^\\t+", "");
        if (body.equals(open[0])) {
            heredocs.removeFirst();
            continued = false;
        }
    }

    private void add(int start, int end, String style) {
        if (end > start) {
            spans.add(new Span(start, end, style));
        }
    }
}
