package dev.strata.dockerfile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

/**
 * Says which layers a build of one stage makes and what each puts in the image, following
 * BuildKit's dockerfile2llb: RUN, COPY and ADD always make a layer; WORKDIR makes one
 * (the directory) unless the path is {@code /}; every other instruction only adds a history
 * entry with {@code empty_layer} set (OCI image-spec config.md, history).
 *
 * <p>A stage built {@code FROM} an earlier stage starts from that stage's layers,
 * environment and working directory. FROM is expanded with the ARGs declared before the
 * first FROM, which {@code --build-arg} values override.
 */
public final class LayerPlanner {
    private final Dockerfile dockerfile;
    private final PlanOptions options;
    private final Map<String, String> metaArgs = new LinkedHashMap<>();
    private final Map<String, Stage> stagesByName = new HashMap<>();
    private final ShellWords shell;
    private final Optional<BuildContext> context;

    private LayerPlanner(Dockerfile dockerfile, PlanOptions options) {
        this.dockerfile = dockerfile;
        this.options = options;
        this.shell = ShellWords.withEscape(dockerfile.syntax().escape());
        this.context = options.context().map(dir ->
                new BuildContext(dir, DockerIgnore.forBuild(dir, dockerfile.file())));
        for (Stage stage : dockerfile.stages()) {
            stage.name().ifPresent(name -> stagesByName.putIfAbsent(name, stage));
        }
    }

    /**
     * Plans the build of the target stage (the last one by default).
     *
     * @throws InputException when the target does not exist, a word cannot be expanded, a
     *     source is missing from the context or lies outside it, or the context's ignore file
     *     holds a pattern BuildKit refuses
     */
    public static ImagePlan plan(Dockerfile dockerfile, PlanOptions options) {
        Objects.requireNonNull(dockerfile, "dockerfile");
        Objects.requireNonNull(options, "options");
        LayerPlanner planner = new LayerPlanner(dockerfile, options);
        planner.declareMetaArgs();
        Stage target = planner.target();
        return planner.build(target).toPlan(target.label(), options.platform(),
                dockerfile.warnings());
    }

    /**
     * BuildKit's automatic platform ARGs, usable in FROM without a declaration and in a
     * stage once declared without a value. The build runs on the default platform; the
     * target platform is the options'. A {@code --build-arg} of the same name wins.
     */
    private void declarePlatformArgs() {
        platformArgs("TARGET", options.platform());
        platformArgs("BUILD", PlanOptions.DEFAULT_PLATFORM);
        for (String name : List.copyOf(metaArgs.keySet())) {
            Optional.ofNullable(options.buildArgs().get(name))
                    .ifPresent(value -> metaArgs.put(name, value));
        }
    }

    private void platformArgs(String prefix, String platform) {
        String[] parts = platform.split("/");
        metaArgs.put(prefix + "PLATFORM", platform);
        metaArgs.put(prefix + "OS", parts[0]);
        metaArgs.put(prefix + "ARCH", parts[1]);
        metaArgs.put(prefix + "VARIANT", parts.length > 2 ? parts[2] : "");
    }

    private void declareMetaArgs() {
        declarePlatformArgs();
        for (Instruction.Arg arg : dockerfile.metaArgs()) {
            for (Instruction.Pair pair : arg.pairs()) {
                argValue(pair, metaArgs, Map.of(), arg.position())
                        .ifPresent(value -> metaArgs.put(pair.key(), value));
            }
        }
    }

    /** A build argument wins over the default; an ARG without default may take the global. */
    private Optional<String> argValue(Instruction.Pair pair, Map<String, String> scope,
            Map<String, String> globals, SourcePosition at) {
        if (options.buildArgs().containsKey(pair.key())) {
            return Optional.of(options.buildArgs().get(pair.key()));
        }
        if (pair.value().isPresent()) {
            return Optional.of(shell.word(pair.value().get(), scope, at));
        }
        return Optional.ofNullable(globals.get(pair.key()));
    }

    private Stage target() {
        List<Stage> stages = dockerfile.stages();
        if (options.target().isEmpty()) {
            return stages.get(stages.size() - 1);
        }
        String wanted = options.target().get().toLowerCase(Locale.ROOT);
        return stages.stream().filter(s -> s.name().filter(wanted::equals).isPresent())
                .findFirst()
                .orElseThrow(() -> new InputException(SourcePosition.startOf(dockerfile.file()),
                        "target stage \"" + options.target().get() + "\" could not be found"));
    }

    /** Builds the chain from its first stage up, without recursion: chains can be long. */
    private StageState build(Stage target) {
        Deque<Stage> chain = new ArrayDeque<>();
        String base = baseOf(target);
        for (Optional<Stage> s = Optional.of(target); s.isPresent(); s = parentOf(s.get())) {
            chain.push(s.get());
            base = baseOf(s.get());
        }
        StageState state = new StageState(base);
        for (Stage stage : chain) {
            state.args.clear();
            for (Instruction instruction : stage.commands()) {
                apply(instruction, stage, state);
            }
        }
        return state;
    }

    private String baseOf(Stage stage) {
        Instruction.From from = stage.from();
        return shell.word(from.image(), metaArgs, from.position());
    }

    /** The earlier stage a FROM names, if it names one. */
    private Optional<Stage> parentOf(Stage stage) {
        Stage named = stagesByName.get(baseOf(stage).toLowerCase(Locale.ROOT));
        return Optional.ofNullable(named).filter(s -> s.index() < stage.index());
    }

    private void apply(Instruction instruction, Stage stage, StageState state) {
        if (instruction instanceof Instruction.Run run) {
            state.addLayer(instruction, stage.label(), List.of(), false, run.mounts());
        } else if (instruction instanceof Instruction.Copy copy) {
            copy.from().ifPresent(from -> state.copiesFrom.add(copySource(copy, from)));
            CopyPlan.Result files = new CopyPlan(copy, state, shell, context).files();
            state.addLayer(instruction, stage.label(), files.files(), files.contentKnown());
        } else if (instruction instanceof Instruction.Workdir workdir) {
            workdir(workdir, stage, state);
        } else if (instruction instanceof Instruction.Env env) {
            env(env, state);
        } else if (instruction instanceof Instruction.Arg arg) {
            arg(arg, state);
        } else {
            state.record(instruction, true);
        }
    }

    /** BuildKit expands {@code --from} with the ARGs declared before the first FROM only. */
    private CopySource copySource(Instruction.Copy copy, String from) {
        String expanded = shell.word(from, metaArgs, copy.position());
        String name = expanded.toLowerCase(Locale.ROOT);
        boolean stage = dockerfile.stages().stream().anyMatch(s -> s.label().equals(name));
        return new CopySource(copy.position().line(), expanded, stage);
    }

    private void workdir(Instruction.Workdir workdir, Stage stage, StageState state) {
        String path = shell.word(workdir.path(), state.variables(), workdir.position());
        state.workdir = ImagePaths.resolve(state.workdir, path);
        if (state.workdir.equals("/")) {
            state.record(workdir, true);
            return;
        }
        PlannedFile dir = new PlannedFile(state.workdir, 0, true);
        state.addLayer(workdir, stage.label(), List.of(dir), true);
    }

    /** All pairs are expanded with the environment from before the instruction. */
    private void env(Instruction.Env env, StageState state) {
        Map<String, String> before = state.variables();
        for (Instruction.Pair pair : env.pairs()) {
            String key = shell.word(pair.key(), before, env.position());
            String value = shell.word(pair.value().orElse(""), before, env.position());
            state.env.put(key, value);
        }
        state.record(env, true);
    }

    private void arg(Instruction.Arg arg, StageState state) {
        for (Instruction.Pair pair : arg.pairs()) {
            argValue(pair, state.variables(), metaArgs, arg.position())
                    .ifPresent(value -> state.args.put(pair.key(), value));
        }
        state.record(arg, true);
    }
}
