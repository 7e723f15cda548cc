package dev.strata.dockerfile;

import java.util.List;
import java.util.Objects;

/**
 * A parsed Dockerfile: the syntax tree, the ARGs declared before the first FROM, the
 * build stages, and the warnings BuildKit's checks would report (those the file's
 * {@code # check=} directive does not skip), in file order.
 */
public record Dockerfile(
        SyntaxTree syntax,
        List<Instruction.Arg> metaArgs,
        List<Stage> stages,
        List<Warning> warnings) {
    public Dockerfile {
        Objects.requireNonNull(syntax, "syntax");
        metaArgs = List.copyOf(metaArgs);
        stages = List.copyOf(stages);
        warnings = List.copyOf(warnings);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a Dockerfile has at least one stage");
        }
    }

    /** A Dockerfile without warnings. */
    public Dockerfile(SyntaxTree syntax, List<Instruction.Arg> metaArgs, List<Stage> stages) {
        this(syntax, metaArgs, stages, List.of());
    }

    /** The name used in positions and messages. */
    public String file() {
        return syntax.file();
    }
}
