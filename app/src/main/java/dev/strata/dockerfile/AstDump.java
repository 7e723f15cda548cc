package dev.strata.dockerfile;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints a syntax tree in the format of BuildKit's {@code Node.Dump()} followed by a line
 * break, as BuildKit's parser tests compare it: one {@code (keyword ["--flags"] "args")}
 * line per instruction, ONBUILD nesting its instruction.
 */
public final class AstDump {
    private AstDump() {
    }

    /** The dump of the file's syntax tree. */
    public static String format(Dockerfile dockerfile) {
        return format(dockerfile.syntax());
    }

    /** The dump of a syntax tree, one line per instruction, each ending with a line break. */
    public static String format(SyntaxTree tree) {
        return tree.children().stream()
                .map(node -> "(" + node(node) + ")\n")
                .collect(Collectors.joining());
    }

    private static String node(Node node) {
        StringBuilder out = new StringBuilder(node.keyword().toLowerCase(Locale.ROOT));
        if (!node.flags().isEmpty()) {
            out.append(node.flags().stream().map(GoQuote::quote)
                    .collect(Collectors.joining(" ", " [", "]")));
        }
        node.nested().ifPresent(inner -> out.append(" (").append(node(inner)).append(')'));
        node.args().forEach(arg -> out.append(' ').append(GoQuote.quote(arg)));
        return out.toString().strip();
    }
}
