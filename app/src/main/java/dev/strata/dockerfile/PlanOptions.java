package dev.strata.dockerfile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to plan a build: which stage to build, the {@code --build-arg} values, and the build
 * context the COPY and ADD sources are looked up in.
 *
 * @param target the stage to build; the last stage when empty
 * @param buildArgs values that override ARG defaults, by name
 * @param context the build context directory; without one, sources become placeholders
 */
public record PlanOptions(
        Optional<String> target, Map<String, String> buildArgs, Optional<Path> context) {
    public PlanOptions {
        Objects.requireNonNull(target, "target");
        buildArgs = Map.copyOf(buildArgs);
        Objects.requireNonNull(context, "context");
    }

    /** The last stage, no build arguments, no context. */
    public static PlanOptions defaults() {
        return new PlanOptions(Optional.empty(), Map.of(), Optional.empty());
    }

    public PlanOptions withTarget(String stage) {
        return new PlanOptions(Optional.of(stage), buildArgs, context);
    }

    public PlanOptions withBuildArg(String name, String value) {
        Map<String, String> args = new LinkedHashMap<>(buildArgs);
        args.put(name, value);
        return new PlanOptions(target, args, context);
    }

    public PlanOptions withContext(Path directory) {
        return new PlanOptions(target, buildArgs, Optional.of(directory));
    }
}
