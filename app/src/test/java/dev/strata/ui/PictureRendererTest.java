package dev.strata.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import dev.strata.sim.Timeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PictureRendererTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() {
        FxTestToolkit.start();
    }

    @Test
    void writesAPictureOfTheRequestedSize() throws IOException {
        BufferedImage image = render(SampleTimelines.tour(), 0, 1280, 720);

        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
        assertThat(colours(image)).isGreaterThan(10);
    }

    @Test
    void picturesOfDifferentStepsDiffer() throws IOException {
        Timeline tour = SampleTimelines.tour();

        BufferedImage start = render(tour, 0, 1600, 900);
        BufferedImage third = render(tour, 3, 1600, 900);

        assertThat(differingPixels(start, third)).isGreaterThan(500);
    }

    private BufferedImage render(Timeline timeline, int frame, int width, int height)
            throws IOException {
        Path out = dir.resolve("frame-" + frame + "-" + width + ".png");
        PictureRenderer.renderPng(timeline, "tour.yaml · tour.strata", frame, width, height, out);
        return ImageIO.read(out.toFile());
    }

    private static long colours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth()))
                .distinct()
                .count();
    }

    private static long differingPixels(BufferedImage a, BufferedImage b) {
        long count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                count += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return count;
    }
}
