package dev.strata.dockerfile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to plan a build: which stage to build, the {@code --build-arg} values, and the build
 * context the COPY and ADD sources are looked up in.
 *
 * @param target the stage to build; the last stage when empty
 * @param buildArgs values that override ARG defaults, by name
 * @param context the build context directory, less what its {@code .dockerignore} (or the
 *     Dockerfile's own {@code NAME.dockerignore}) excludes; without one, sources become
 *     placeholders
 * @param platform the target platform, {@code os/arch[/variant]}; it gives the values of
 *     {@code TARGETPLATFORM}, {@code TARGETOS}, {@code TARGETARCH} and {@code TARGETVARIANT}
 */
public record PlanOptions(
        Optional<String> target,
        Map<String, String> buildArgs,
        Optional<Path> context,
        String platform) {
    /** The platform built for and built on unless told otherwise. */
    public static final String DEFAULT_PLATFORM = "linux/amd64";

    private static final Pattern PLATFORM = Pattern.compile("[a-z0-9_.-]+/[a-z0-9_.-]+"
            + "(/[a-z0-9_.-]+)?");

    public PlanOptions {
        Objects.requireNonNull(target, "target");
        buildArgs = Map.copyOf(buildArgs);
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(platform, "platform");
        if (!isPlatform(platform)) {
            throw new IllegalArgumentException("platform must be os/arch[/variant] in lower "
                    + "case, got \"" + platform + "\"");
        }
    }

    /** Options for the default platform. */
    public PlanOptions(Optional<String> target, Map<String, String> buildArgs,
            Optional<Path> context) {
        this(target, buildArgs, context, DEFAULT_PLATFORM);
    }

    /** The last stage, no build arguments, no context, the default platform. */
    public static PlanOptions defaults() {
        return new PlanOptions(Optional.empty(), Map.of(), Optional.empty());
    }

    /** Whether {@code text} names a platform as {@code os/arch[/variant]}. */
    public static boolean isPlatform(String text) {
        return PLATFORM.matcher(text).matches();
    }

    public PlanOptions withTarget(String stage) {
        return new PlanOptions(Optional.of(stage), buildArgs, context, platform);
    }

    public PlanOptions withBuildArg(String name, String value) {
        Map<String, String> args = new LinkedHashMap<>(buildArgs);
        args.put(name, value);
        return new PlanOptions(target, args, context, platform);
    }

    public PlanOptions withContext(Path directory) {
        return new PlanOptions(target, buildArgs, Optional.of(directory), platform);
    }

    public PlanOptions withPlatform(String platform) {
        return new PlanOptions(target, buildArgs, context, platform);
    }
}
