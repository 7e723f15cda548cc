package dev.strata.dockerfile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Dockerfile as BuildKit's parser reads it: its instructions in order, nothing resolved.
 *
 * @param file the name used in positions and messages
 * @param children the instructions, in file order
 * @param escape the escape character in force ({@code \} or a backtick)
 * @param syntax the value of a {@code # syntax=} directive, if any
 * @param checks the build checks a {@code # check=} directive asks for
 * @param warnings what the parser reports without refusing, in file order
 */
public record SyntaxTree(
        String file,
        List<Node> children,
        char escape,
        Optional<String> syntax,
        Checks checks,
        List<Warning> warnings) {
    public SyntaxTree {
        Objects.requireNonNull(file, "file");
        children = List.copyOf(children);
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(checks, "checks");
        warnings = List.copyOf(warnings);
    }

    /** A tree without directives' checks and without warnings. */
    public SyntaxTree(String file, List<Node> children, char escape, Optional<String> syntax) {
        this(file, children, escape, syntax, Checks.DEFAULT, List.of());
    }

    /** The line of the first instruction. */
    public int startLine() {
        return children.get(0).line();
    }

    /** The last line of the last instruction. */
    public int endLine() {
        return children.get(children.size() - 1).endLine();
    }
}
