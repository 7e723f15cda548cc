package dev.strata.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.strata.source.InputException;

/**
 * Gives each node its meaning and groups the instructions into stages, refusing what
 * BuildKit's instructions.Parse refuses: unknown instructions, missing arguments, unknown
 * flags, instructions other than ARG before the first FROM, and a file without FROM.
 */
final class InstructionReader {
    private static final Set<String> OTHERS = Set.of("CMD", "ENTRYPOINT", "EXPOSE", "LABEL",
            "USER", "VOLUME", "SHELL", "STOPSIGNAL", "HEALTHCHECK", "ONBUILD", "MAINTAINER");
    private static final Set<String> AT_LEAST_ONE = Set.of("RUN", "ENV", "ARG", "EXPOSE",
            "LABEL", "VOLUME", "ONBUILD", "HEALTHCHECK", "SHELL");
    private static final Set<String> EXACTLY_ONE = Set.of("WORKDIR", "USER", "STOPSIGNAL",
            "MAINTAINER");

    private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");

    private final List<Instruction.Arg> metaArgs = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private Instruction.From from;
    private final List<Instruction> commands = new ArrayList<>();

    static Dockerfile read(SyntaxTree tree) {
        InstructionReader reader = new InstructionReader();
        tree.children().forEach(reader::add);
        reader.closeStage();
        if (reader.stages.isEmpty()) {
            Node last = tree.children().get(tree.children().size() - 1);
            throw new InputException(last.position(),
                    "no FROM instruction: a Dockerfile needs at least one build stage");
        }
        StageGraph.check(reader.stages);
        List<Warning> warnings = new ArrayList<>(tree.warnings());
        warnings.addAll(Lint.check(reader.stages));
        warnings.sort(Warning.IN_FILE_ORDER);
        return new Dockerfile(tree, reader.metaArgs, reader.stages,
                tree.checks().apply(warnings));
    }

    private void add(Node node) {
        Instruction instruction = meaning(node);
        if (instruction instanceof Instruction.From f) {
            closeStage();
            from = f;
        } else if (from != null) {
            commands.add(instruction);
        } else if (instruction instanceof Instruction.Arg arg) {
            metaArgs.add(arg);
        } else {
            throw new InputException(node.position(), node.instruction()
                    + " before the first FROM: only ARG may come before FROM");
        }
    }

    private void closeStage() {
        if (from != null) {
            stages.add(new Stage(stages.size(), from, commands));
            commands.clear();
        }
    }

    static Instruction meaning(Node node) {
        String keyword = node.instruction();
        checkArgumentCount(node, keyword);
        Flags flags = Flags.of(node);
        switch (keyword) {
            case "FROM":
                return from(node, flags);
            case "RUN":
                return run(node, flags);
            case "COPY", "ADD":
                return copy(node, flags);
            case "WORKDIR":
                return new Instruction.Workdir(node, node.args().get(0));
            case "ENV":
                return new Instruction.Env(node, triples(node.args()));
            case "ARG":
                return new Instruction.Arg(node, node.args().stream().map(InstructionReader::arg)
                        .toList());
            default:
                return other(node, keyword, flags);
        }
    }

    private static Instruction run(Node node, Flags flags) {
        try {
            for (String network : flags.value("network").stream().toList()) {
                RunFlags.network(network);
            }
            for (String security : flags.value("security").stream().toList()) {
                RunFlags.security(security);
            }
            List<RunMount> mounts = RunFlags.mounts(flags.all("mount"));
            return new Instruction.Run(node, node.args(), node.json(), mounts);
        } catch (InvalidValue e) {
            throw missing(node, e.getMessage());
        }
    }

    private static void checkArgumentCount(Node node, String keyword) {
        boolean empty = node.args().isEmpty() && node.nested().isEmpty();
        if (AT_LEAST_ONE.contains(keyword) && empty) {
            throw missing(node, keyword + " requires at least one argument");
        }
        if (EXACTLY_ONE.contains(keyword) && node.args().size() != 1) {
            throw missing(node, keyword + " requires exactly one argument");
        }
    }

    private static Instruction from(Node node, Flags flags) {
        List<String> args = node.args();
        boolean named = args.size() == 3 && args.get(1).equalsIgnoreCase("as");
        if (args.size() != 1 && !named) {
            throw missing(node, "FROM requires either one or three arguments");
        }
        Optional<String> name = named
                ? Optional.of(args.get(2).toLowerCase(Locale.ROOT)) : Optional.empty();
        if (name.isPresent() && !STAGE_NAME.matcher(name.get()).matches()) {
            throw missing(node, "invalid name for build stage: " + GoQuote.quote(args.get(2))
                    + ", name can't start with a number or contain symbols");
        }
        return new Instruction.From(node, args.get(0), name, flags.value("platform"));
    }

    private static Instruction copy(Node node, Flags flags) {
        List<String> args = node.args();
        if (args.size() < 2) {
            throw missing(node, node.instruction() + " requires at least two arguments, but "
                    + "only one was provided. Destination could not be determined.");
        }
        List<String> sources = args.subList(0, args.size() - 1);
        return new Instruction.Copy(node, sources, args.get(args.size() - 1), flags.value("from"));
    }

    private static Instruction other(Node node, String keyword, Flags flags) {
        if (!OTHERS.contains(keyword)) {
            throw new InputException(node.position(), "unknown instruction: " + node.keyword());
        }
        if (keyword.equals("SHELL") && !node.json()) {
            throw missing(node, "SHELL requires the arguments to be in JSON form");
        }
        if (keyword.equals("ONBUILD")) {
            onbuild(node);
        } else if (keyword.equals("HEALTHCHECK")) {
            try {
                Healthcheck.check(node, flags);
            } catch (InvalidValue e) {
                throw missing(node, e.getMessage());
            }
        }
        return new Instruction.Other(node);
    }

    /** The trigger may not be ONBUILD, FROM or MAINTAINER, and must itself be valid. */
    private static void onbuild(Node node) {
        Node trigger = node.nested().orElseThrow();
        String keyword = trigger.instruction();
        if (keyword.equals("ONBUILD")) {
            throw missing(node, "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
        }
        if (keyword.equals("FROM") || keyword.equals("MAINTAINER")) {
            throw missing(node, keyword + " isn't allowed as an ONBUILD trigger");
        }
        meaning(trigger);
    }

    private static List<Instruction.Pair> triples(List<String> args) {
        List<Instruction.Pair> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i += 3) {
            pairs.add(new Instruction.Pair(args.get(i), Optional.of(args.get(i + 1))));
        }
        return pairs;
    }

    private static Instruction.Pair arg(String word) {
        int eq = word.indexOf('=');
        return eq < 0 ? new Instruction.Pair(word, Optional.empty())
                : new Instruction.Pair(word.substring(0, eq), Optional.of(word.substring(eq + 1)));
    }

    private static InputException missing(Node node, String problem) {
        return new InputException(node.position(), problem);
    }
}
