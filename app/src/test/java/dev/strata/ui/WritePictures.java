package dev.strata.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.strata.sim.Timeline;

/** Writes pictures of the samples to look at: {@code -Dstrata.pictures=/tmp/strata}. */
@EnabledIfSystemProperty(named = "strata.pictures", matches = ".+")
class WritePictures {
    @BeforeAll
    static void startToolkit() {
        FxTestToolkit.start();
    }

    @Test
    void writesEveryFrameOfTheSamples() throws IOException {
        Path dir = Path.of(System.getProperty("strata.pictures"));
        write(dir, "tour", SampleTimelines.tour());
        write(dir, "emptydir", SampleTimelines.emptyDirLogs());
        write(dir, "rwo", SampleTimelines.rwoPvc());
    }

    private static void write(Path dir, String name, Timeline timeline) throws IOException {
        for (int frame = 0; frame <= timeline.lastIndex(); frame++) {
            PictureRenderer.renderPng(timeline, name, frame, 1600, 900,
                    dir.resolve(name + "-" + frame + "-1600.png"));
            PictureRenderer.renderPng(timeline, name, frame, 1280, 720,
                    dir.resolve(name + "-" + frame + "-1280.png"));
        }
    }
}
