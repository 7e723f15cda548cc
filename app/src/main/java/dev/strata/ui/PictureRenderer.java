package dev.strata.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import dev.strata.sim.Timeline;

/**
 * Draws the main view at one frame into a PNG, with no display. Starts the toolkit headless
 * when it does not run yet, and reuses it when it does.
 */
public final class PictureRenderer {
    private PictureRenderer() {
    }

    public static void renderPng(Timeline timeline, String subtitle, int frame, int width,
            int height, Path out) throws IOException {
        renderPng(timeline, subtitle, frame, width, height, Theme.LIGHT, out);
    }

    /** Draws the view at {@code frame} in a theme into a PNG of {@code width}×{@code height}. */
    public static void renderPng(Timeline timeline, String subtitle, int frame, int width,
            int height, Theme theme, Path out) throws IOException {
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(out, "out");
        check(timeline, frame, width, height);
        FxThreads.startHeadlessIfNeeded();

        WritableImage image = FxThreads.call(() -> snapshot(timeline, subtitle, frame, width,
                height, theme));
        writePng(image, out);
    }

    /** Writes an image as a PNG file, creating its folder when needed. */
    static void writePng(WritableImage image, Path out) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage pixels = SwingFXUtils.fromFXImage(image,
                new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB));
        write(pixels, out);
    }

    private static void check(Timeline timeline, int frame, int width, int height) {
        if (frame < 0 || frame > timeline.lastIndex()) {
            throw new IllegalArgumentException(
                    "step " + frame + " is outside 0.." + timeline.lastIndex());
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException(
                    "a picture needs a positive size, got " + width + "x" + height);
        }
    }

    private static WritableImage snapshot(Timeline timeline, String subtitle, int frame,
            int width, int height, Theme theme) {
        StrataView view = new StrataView(timeline, subtitle);
        view.themeProperty().set(theme);
        // Through the frame before, so that what the step changed is listed first.
        view.model().goTo(Math.max(0, frame - 1));
        view.model().goTo(frame);
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(StrataView.stylesheet());

        for (int pass = 0; pass < 3; pass++) {
            view.applyCss();
            view.layout();
        }
        return scene.snapshot(new WritableImage(width, height));
    }

    private static void write(BufferedImage pixels, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(pixels, "png", out.toFile())) {
            throw new IOException("no PNG writer is available to write " + out);
        }
    }
}
