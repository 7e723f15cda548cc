package dev.strata.dockerfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

/**
 * Builds the node of one logical line: the keyword, the flags, then the arguments split by
 * the parse function BuildKit dispatches to for that keyword (parser.go's dispatch table,
 * line_parsers.go). Unknown keywords are kept with one empty argument, as BuildKit's
 * parseIgnore does; they are refused later, when instructions are read.
 */
final class NodeBuilder {
    private static final Set<String> HEREDOC_KEYWORDS = Set.of("add", "copy", "run");

    private final char escape;
    private final SourcePosition position;

    private NodeBuilder(char escape, SourcePosition position) {
        this.escape = escape;
        this.position = position;
    }

    static Node fromLine(String line, char escape, SourcePosition position) {
        return new NodeBuilder(escape, position).build(line);
    }

    /** Whether BuildKit looks for heredocs after this instruction (ONBUILD looks inside). */
    static boolean canContainHeredoc(Node node) {
        Node inner = node.nested().orElse(node);
        return HEREDOC_KEYWORDS.contains(inner.keyword().toLowerCase(Locale.ROOT))
                && !inner.json();
    }

    private Node build(String line) {
        String[] parts = Chars.BLANKS.split(Chars.trim(line), 2);
        String keyword = parts[0];
        String rest = parts.length > 1 ? parts[1] : "";
        Words.Flagged flagged = Words.extractFlags(rest, escape);
        String args = Chars.trim(flagged.rest());
        return dispatch(keyword, args, flagged.flags(), line);
    }

    private Node dispatch(String keyword, String args, List<String> flags, String line) {
        switch (keyword.toLowerCase(Locale.ROOT)) {
            case "add", "copy", "volume":
                return maybeJsonToList(keyword, args, flags, line);
            case "cmd", "entrypoint", "run", "shell":
                return maybeJson(keyword, args, flags, line);
            case "arg":
                return node(keyword, flags, Words.parseWords(args, escape), line);
            case "env", "label":
                return node(keyword, flags, nameValues(keyword, args), line);
            case "expose", "from":
                return node(keyword, flags, whitespaceDelimited(args), line);
            case "healthcheck":
                return healthcheck(keyword, args, flags, line);
            case "maintainer", "stopsignal", "user", "workdir":
                return node(keyword, flags, args.isEmpty() ? List.of() : List.of(args), line);
            case "onbuild":
                return onbuild(keyword, args, flags, line);
            default:
                return node(keyword, flags, List.of(""), line);
        }
    }

    private Node maybeJson(String keyword, String args, List<String> flags, String line) {
        if (args.isEmpty()) {
            return node(keyword, flags, List.of(), line);
        }
        Optional<List<String>> json = json(args);
        return json.map(list -> jsonNode(keyword, flags, list, line))
                .orElseGet(() -> node(keyword, flags, List.of(args), line));
    }

    private Node maybeJsonToList(String keyword, String args, List<String> flags, String line) {
        Optional<List<String>> json = json(args);
        return json.map(list -> jsonNode(keyword, flags, list, line))
                .orElseGet(() -> node(keyword, flags, whitespaceDelimited(args), line));
    }

    private Optional<List<String>> json(String args) {
        try {
            return JsonArray.parse(args);
        } catch (JsonArray.NotStrings e) {
            throw new InputException(position, e.getMessage());
        }
    }

    private Node healthcheck(String keyword, String args, List<String> flags, String line) {
        int sep = 0;
        while (sep < args.length() && !Chars.isSpace(args.charAt(sep))) {
            sep++;
        }
        if (sep == 0) {
            return node(keyword, flags, List.of(), line);
        }
        String type = args.substring(0, sep);
        String command = args.substring(sep);
        command = command.substring(Chars.leadingSpaces(command));
        Node cmd = maybeJson(keyword, command, flags, line);
        List<String> all = new ArrayList<>(List.of(type));
        all.addAll(cmd.args());
        return new Node(keyword, flags, all, Optional.empty(), cmd.json(), line, position,
                position.line(), List.of());
    }

    private Node onbuild(String keyword, String args, List<String> flags, String line) {
        if (args.isEmpty()) {
            return node(keyword, flags, List.of(), line);
        }
        Node inner = new NodeBuilder(escape, position).build(args);
        return new Node(keyword, flags, List.of(), Optional.of(inner), false, line, position,
                position.line(), List.of());
    }

    /** ENV and LABEL: triples of key, value and separator ({@code =}, or empty if legacy). */
    private List<String> nameValues(String keyword, String args) {
        List<String> words = Words.parseWords(args, escape);
        if (words.isEmpty()) {
            return List.of();
        }
        if (!words.get(0).contains("=")) {
            String[] parts = Chars.BLANKS.split(args, 2);
            if (parts.length < 2) {
                throw new InputException(position, keyword.toUpperCase(Locale.ROOT)
                        + " must have two arguments");
            }
            return List.of(parts[0], parts[1], "");
        }
        List<String> triples = new ArrayList<>();
        for (String word : words) {
            triples.addAll(keyValue(word));
        }
        return triples;
    }

    private List<String> keyValue(String word) {
        int eq = word.indexOf('=');
        if (eq < 0) {
            throw new InputException(position, "Syntax error - can't find = in \"" + word
                    + "\". Must be of the form: name=value");
        }
        return List.of(word.substring(0, eq), word.substring(eq + 1), "=");
    }

    private static List<String> whitespaceDelimited(String args) {
        return args.isEmpty() ? List.of() : Arrays.asList(Chars.BLANKS.split(args, -1));
    }

    private Node jsonNode(String keyword, List<String> flags, List<String> args, String line) {
        return new Node(keyword, flags, args, Optional.empty(), true, line, position,
                position.line(), List.of());
    }

    private Node node(String keyword, List<String> flags, List<String> args, String line) {
        return new Node(keyword, flags, args, Optional.empty(), false, line, position,
                position.line(), List.of());
    }
}
