package dev.strata.dockerfile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.strata.source.SourcePosition;

/**
 * An instruction with its meaning read from its node: what BuildKit's instructions package
 * makes of a parsed line. Words are kept as written; variables are expanded when the stage
 * is planned, because their values depend on the build arguments.
 */
public sealed interface Instruction {
    /** The parsed line this instruction comes from. */
    Node node();

    /** Where the instruction starts. */
    default SourcePosition position() {
        return node().position();
    }

    /** The keyword in upper case. */
    default String keyword() {
        return node().instruction();
    }

    /** The instruction as written, continuations joined. */
    default String text() {
        return node().original();
    }

    /**
     * {@code FROM [--platform=P] image [AS name]}.
     *
     * @param name the stage name in lower case, as BuildKit compares them
     */
    record From(Node node, String image, Optional<String> name, Optional<String> platform)
            implements Instruction {
        public From {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(platform, "platform");
        }
    }

    /**
     * {@code RUN}, in shell form (one word, run by the shell) or exec form.
     *
     * @param mounts its {@code --mount} flags, whose targets the layer does not keep
     */
    record Run(Node node, List<String> command, boolean execForm, List<RunMount> mounts)
            implements Instruction {
        public Run {
            Objects.requireNonNull(node, "node");
            command = List.copyOf(command);
            mounts = List.copyOf(mounts);
        }
    }

    /**
     * {@code COPY} or {@code ADD}.
     *
     * @param sources the sources as written; a heredoc source is written {@code <<NAME}
     * @param from the stage or image of {@code --from}, if any
     */
    record Copy(Node node, List<String> sources, String destination, Optional<String> from)
            implements Instruction {
        public Copy {
            Objects.requireNonNull(node, "node");
            sources = List.copyOf(sources);
            Objects.requireNonNull(destination, "destination");
            Objects.requireNonNull(from, "from");
        }

        /** True for ADD, which also fetches URLs and unpacks local archives. */
        public boolean isAdd() {
            return keyword().equals("ADD");
        }
    }

    /** {@code WORKDIR path}. */
    record Workdir(Node node, String path) implements Instruction {
        public Workdir {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(path, "path");
        }
    }

    /** {@code ENV}: its pairs, in order, values as written (quotes still in). */
    record Env(Node node, List<Pair> pairs) implements Instruction {
        public Env {
            Objects.requireNonNull(node, "node");
            pairs = List.copyOf(pairs);
        }
    }

    /** {@code ARG}: names, each with an optional default value as written. */
    record Arg(Node node, List<Pair> pairs) implements Instruction {
        public Arg {
            Objects.requireNonNull(node, "node");
            pairs = List.copyOf(pairs);
        }
    }

    /** Any other instruction; none of them changes the filesystem. */
    record Other(Node node) implements Instruction {
        public Other {
            Objects.requireNonNull(node, "node");
        }
    }

    /** A name with a value ({@code ENV}) or an optional default ({@code ARG}). */
    record Pair(String key, Optional<String> value) {
        public Pair {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }
}
