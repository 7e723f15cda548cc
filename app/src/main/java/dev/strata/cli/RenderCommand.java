package dev.strata.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.strata.sim.Timeline;
import dev.strata.ui.PictureRenderer;
import dev.strata.workspace.Played;
import dev.strata.workspace.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Draws the window at a step into a PNG, with no display. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draws the window at a step into a PNG file; needs no display. Warnings"
                + " go to standard error.")
final class RenderCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})x(\\d{1,9})");
    private static final int MIN_SIDE = 200;
    private static final int MAX_SIDE = 8192;

    @Mixin
    Inputs inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE.png",
            description = "the picture to write")
    Path out;

    @Option(names = "--step", paramLabel = "N", defaultValue = "0",
            description = "the step to draw; 0 is before the first step (default: 0)")
    int step;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x900",
            description = "picture size in pixels (default: 1600x900)")
    String size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Matcher matcher = SIZE.matcher(size);
        if (!matcher.matches()) {
            throw new UsageException("--size must look like 1600x900, got " + size);
        }
        int width = Integer.parseInt(matcher.group(1));
        int height = Integer.parseInt(matcher.group(2));
        if (Math.min(width, height) < MIN_SIDE || Math.max(width, height) > MAX_SIDE) {
            throw new UsageException("--size must be between " + MIN_SIDE + "x" + MIN_SIDE
                    + " and " + MAX_SIDE + "x" + MAX_SIDE + ", got " + size);
        }
        checkWritable(out);
        Workspace workspace = inputs.workspace();
        Played played = workspace.play();
        Inputs.report(played.warnings(), spec.commandLine().getErr());
        Timeline timeline = played.timeline();
        int last = timeline.lastIndex();
        if (step < 0 || step > last) {
            throw new UsageException("--step must be between 0 and " + last + ", got " + step);
        }
        PictureRenderer.renderPng(timeline, workspace.subtitle(), step, width, height, out);
        return 0;
    }

    /** Checked before the picture is drawn, so that a wrong --out fails at once. */
    private static void checkWritable(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw new UsageException("--out names a directory: " + out);
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("--out: no such directory " + parent);
        }
        if (!Files.isWritable(parent)) {
            throw new UsageException("--out: cannot write in " + parent);
        }
    }
}
