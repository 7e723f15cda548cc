package dev.strata.sim;

import java.util.Objects;

import dev.strata.source.SourcePosition;

/**
 * One step of a scenario: exactly one op and its arguments.
 *
 * @param number 1-based step number
 * @param op what to do
 * @param path the path of a file op, or empty
 * @param to the target of a rename, or empty
 * @param replica 1-based replica index the step acts on (for restart and deletePod, the
 *     op's own value)
 * @param count the replica count of a scale
 * @param container container name, or empty for the first app container
 * @param workload workload name, or empty for the first workload that runs pods
 * @param size bytes written by write or append
 * @param say narration to show with the step, or empty
 * @param position where the step starts in the scenario file
 */
public record Step(
        int number,
        Op op,
        String path,
        String to,
        int replica,
        int count,
        String container,
        String workload,
        long size,
        String say,
        SourcePosition position) {
    /** What a write writes when the scenario gives no size. */
    public static final long DEFAULT_SIZE = 1024;

    public Step {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(say, "say");
        Objects.requireNonNull(position, "position");
    }
}
