package dev.strata.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

/**
 * Turns text into a {@link SyntaxTree} the way BuildKit's parser.Parse does
 * (moby/buildkit frontend/dockerfile/parser/parser.go): directives, comments, blank lines,
 * continuations, then one node per logical line, then heredoc bodies.
 */
final class LineParser {
    private final String file;
    private final List<String> lines;
    private final Directives directives = new Directives();
    private final List<Node> children = new ArrayList<>();
    private int next;

    private LineParser(String text, String file) {
        this.file = file;
        this.lines = splitLines(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    static SyntaxTree parse(String text, String file) {
        return new LineParser(text, file).run();
    }

    private SyntaxTree run() {
        while (next < lines.size()) {
            readInstruction();
        }
        if (children.isEmpty()) {
            throw error(Math.max(1, lines.size()), 1, "file with no instructions");
        }
        return new SyntaxTree(file, children, directives.escape(), directives.syntax());
    }

    private void readInstruction() {
        String raw = lines.get(next++);
        String token = Chars.trimNewline(raw);
        int indent = Chars.leadingSpaces(token);
        token = token.substring(indent);
        offerDirective(token);
        int startLine = next;

        Continued first = trimContinuation(isComment(raw) ? "" : token);
        if (first.ended() && first.text().isEmpty()) {
            return;
        }
        String line = first.ended() ? first.text() : first.text() + readContinuation();
        Node node = NodeBuilder.fromLine(line, directives.escape(), at(startLine, indent + 1));
        children.add(readHeredocs(node, line));
    }

    /** Reads the continuation lines; comment lines and blank lines among them are skipped. */
    private String readContinuation() {
        StringBuilder joined = new StringBuilder();
        boolean ended = false;
        while (!ended && next < lines.size()) {
            String raw = lines.get(next++);
            String token = Chars.trimNewline(raw);
            offerDirective(token);
            if (isComment(raw) || Chars.leadingSpaces(token) == token.length()) {
                continue;
            }
            Continued part = trimContinuation(token);
            joined.append(part.text());
            ended = part.ended();
        }
        return joined.toString();
    }

    private Node readHeredocs(Node node, String line) {
        if (!NodeBuilder.canContainHeredoc(node) || !line.contains("<<")) {
            return node.through(next, List.of());
        }
        List<Heredoc> docs = new ArrayList<>();
        for (Heredoc doc : HeredocWords.inLine(line)) {
            docs.add(readBody(doc, node.line()));
        }
        return node.through(next, docs);
    }

    private Heredoc readBody(Heredoc doc, int startLine) {
        StringBuilder body = new StringBuilder();
        while (next < lines.size()) {
            String raw = lines.get(next++);
            String candidate = Chars.trimNewline(raw);
            if (doc.chomp()) {
                candidate = candidate.replaceFirst("^\\t+", "");
            }
            if (candidate.equals(doc.name())) {
                return doc.withContent(body.toString());
            }
            body.append(raw);
        }
        throw error(startLine, 1, "unterminated heredoc");
    }

    private void offerDirective(String token) {
        Optional<String> problem = directives.offer(token);
        if (problem.isPresent()) {
            throw error(next, 1, problem.get());
        }
    }

    /**
     * A line continues when it ends with the escape character (then blanks), unless that
     * character is itself escaped; the character and the blanks are dropped.
     */
    private Continued trimContinuation(String line) {
        char escape = directives.escape();
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        boolean continues = end > 0 && line.charAt(end - 1) == escape
                && (end == 1 || line.charAt(end - 2) != escape);
        return continues ? new Continued(line.substring(0, end - 1), false)
                : new Continued(line, true);
    }

    private static boolean isComment(String raw) {
        String token = Chars.trimNewline(raw);
        return token.startsWith("#", Chars.leadingSpaces(token));
    }

    private SourcePosition at(int line, int column) {
        return new SourcePosition(file, line, column);
    }

    private InputException error(int line, int column, String problem) {
        return new InputException(at(line, column), problem);
    }

    /** Splits after each {@code \n}, keeping it, as BuildKit's scanner does. */
    private static List<String> splitLines(String text) {
        List<String> result = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            result.add(text.substring(start, nl + 1));
            start = nl + 1;
        }
        if (start < text.length()) {
            result.add(text.substring(start));
        }
        return result;
    }

    private record Continued(String text, boolean ended) {
    }
}
