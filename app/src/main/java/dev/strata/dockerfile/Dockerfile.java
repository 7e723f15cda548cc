package dev.strata.dockerfile;

import java.util.List;
import java.util.Objects;

/**
 * A parsed Dockerfile: the syntax tree, the ARGs declared before the first FROM, and the
 * build stages.
 */
public record Dockerfile(SyntaxTree syntax, List<Instruction.Arg> metaArgs, List<Stage> stages) {
    public Dockerfile {
        Objects.requireNonNull(syntax, "syntax");
        metaArgs = List.copyOf(metaArgs);
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a Dockerfile has at least one stage");
        }
    }

    /** The name used in positions and messages. */
    public String file() {
        return syntax.file();
    }
}
