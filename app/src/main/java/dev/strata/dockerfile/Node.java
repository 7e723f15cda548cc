package dev.strata.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.strata.source.SourcePosition;

/**
 * One instruction as BuildKit's line parser sees it, before any meaning is given to it.
 *
 * <p>BuildKit chains its arguments as linked nodes; here they are a list. An {@code ONBUILD}
 * keeps the instruction it wraps in {@link #nested()} and has no arguments of its own.
 *
 * @param keyword the instruction word as written (case kept)
 * @param flags the {@code --name=value} words before the arguments, unquoted
 * @param args the arguments, split the way the instruction's parse function splits them
 * @param nested the instruction an ONBUILD wraps
 * @param json true when the arguments were written as a JSON array (exec form)
 * @param original the instruction as written, continuations joined, comments dropped
 * @param position where the keyword starts
 * @param endLine the last line of the instruction, heredoc bodies included
 * @param heredocs the here-documents the instruction reads, in order
 */
public record Node(
        String keyword,
        List<String> flags,
        List<String> args,
        Optional<Node> nested,
        boolean json,
        String original,
        SourcePosition position,
        int endLine,
        List<Heredoc> heredocs) {
    public Node {
        Objects.requireNonNull(keyword, "keyword");
        flags = List.copyOf(flags);
        args = List.copyOf(args);
        Objects.requireNonNull(nested, "nested");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(position, "position");
        heredocs = List.copyOf(heredocs);
    }

    /** The keyword in upper case, as instructions are named everywhere else. */
    public String instruction() {
        return keyword.toUpperCase(Locale.ROOT);
    }

    /** The 1-based line the instruction starts on. */
    public int line() {
        return position.line();
    }

    /** The same node, ending on {@code lastLine} and reading {@code docs}. */
    Node through(int lastLine, List<Heredoc> docs) {
        return new Node(keyword, flags, args, nested, json, original, position, lastLine, docs);
    }
}
