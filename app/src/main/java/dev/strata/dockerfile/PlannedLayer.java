package dev.strata.dockerfile;

import java.util.List;
import java.util.Objects;

/**
 * One filesystem layer the build creates.
 *
 * @param index 1-based position above the base image (the base image itself is layer 0)
 * @param line the 1-based line of the instruction in the Dockerfile
 * @param instruction the instruction keyword in upper case: RUN, COPY, ADD or WORKDIR
 * @param text the instruction as written, continuations joined, for captions
 * @param stage the name (or index) of the build stage the instruction belongs to
 * @param files the paths the layer is known to put in the image
 * @param contentKnown false when what the layer holds cannot be known without building it
 *     (a RUN, or a COPY whose sources are not in the build context)
 * @param mounts what a RUN sees through {@code --mount} and does not keep in the layer
 */
public record PlannedLayer(
        int index,
        int line,
        String instruction,
        String text,
        String stage,
        List<PlannedFile> files,
        boolean contentKnown,
        List<RunMount> mounts) {
    public PlannedLayer {
        if (index < 1) {
            throw new IllegalArgumentException("layer index is 1-based, got " + index);
        }
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(stage, "stage");
        files = List.copyOf(files);
        mounts = List.copyOf(mounts);
    }

    /** A layer without mounts. */
    public PlannedLayer(int index, int line, String instruction, String text, String stage,
            List<PlannedFile> files, boolean contentKnown) {
        this(index, line, instruction, text, stage, files, contentKnown, List.of());
    }

    /** The paths the layer puts in the image, in order. */
    public List<String> paths() {
        return files.stream().map(PlannedFile::path).toList();
    }

    /** The sum of the known file sizes; unknown sizes count as zero. */
    public long knownSize() {
        return files.stream().mapToLong(f -> Math.max(0, f.size())).sum();
    }
}
