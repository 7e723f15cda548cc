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
    /** BuildKit reads lines with Go's bufio.Scanner, which refuses a longer one. */
    static final int MAX_LINE_BYTES = 64 * 1024 - 1;

    private final String file;
    private final List<String> lines;
    private final Directives directives = new Directives();
    private final List<Node> children = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private int next;

    private LineParser(String text, String file) {
        this.file = file;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        TextGuard.check(body, file);
        this.lines = splitLines(body);
        checkLengths();
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
        return new SyntaxTree(file, children, directives.escape(), directives.syntax(),
                directives.checks(), warnings);
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
        boolean warned = false;
        while (!ended && next < lines.size()) {
            String raw = lines.get(next++);
            String token = Chars.trimNewline(raw);
            offerDirective(token);
            if (isComment(raw)) {
                continue;
            }
            if (Chars.leadingSpaces(token) == token.length()) {
                warned = warned || warnEmptyContinuation();
                continue;
            }
            Continued part = trimContinuation(token);
            joined.append(part.text());
            ended = part.ended();
        }
        return joined.toString();
    }

    private boolean warnEmptyContinuation() {
        warnings.add(new Warning(at(next, 1), "NoEmptyContinuation",
                "Empty continuation lines will become errors in a future release"));
        return true;
    }

    private void checkLengths() {
        for (int i = 0; i < lines.size(); i++) {
            String line = Chars.trimNewline(lines.get(i));
            if (line.length() > MAX_LINE_BYTES / 4 && utf8Length(line) > MAX_LINE_BYTES) {
                throw error(i + 1, 1, "line is longer than " + MAX_LINE_BYTES
                        + " bytes, which BuildKit refuses (bufio.Scanner: token too long)");
            }
        }
    }

    private static long utf8Length(String line) {
        return line.codePoints().mapToLong(c -> c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000
                ? 3 : 4).sum();
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
