package dev.strata.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import dev.strata.sim.Timeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Writes pictures of the samples to look at: {@code -Dstrata.pictures=/tmp/strata}. */
@EnabledIfSystemProperty(named = "strata.pictures", matches = ".+")
class WritePictures {
    private static final Path DIR = Path.of(System.getProperty("strata.pictures", "."));

    @BeforeAll
    static void startToolkit() {
        FxTestToolkit.start();
    }

    @Test
    void writesEveryFrameOfTheSamples() throws IOException {
        write("tour", SampleTimelines.tour());
        write("emptydir", SampleTimelines.emptyDirLogs());
        write("rwo", SampleTimelines.rwoPvc());
        write("novol", SampleTimelines.noVolumes());
        write("shared", SampleTimelines.sharedPvc());
    }

    @Test
    void writesPacketsInFlight() throws Exception {
        Timeline tour = SampleTimelines.tour();
        int last = Integer.getInteger("strata.flights", tour.lastIndex());
        for (int step = 1; step <= last; step++) {
            inFlight(tour, step, "flight-tour-" + step + ".png");
        }
        inFlight(SampleTimelines.rwoPvc(), 3, "flight-rwo-3.png");
        StrataView reduced = staged(tour, 1280, 720);
        fx(() -> {
            reduced.reducedMotionProperty().set(true);
            reduced.themeProperty().set(Theme.DARK);
            reduced.model().goTo(3);
            reduced.model().stepForward();
            return null;
        });
        snap(reduced, "reduced-dark-4.png");
    }

    @Test
    void writesManyReplicas() throws IOException {
        write("r12", SampleTimelines.scaled(12, 3));
        write("r100", SampleTimelines.scaled(100, 4));
        write("r100n10", SampleTimelines.scaled(100, 10));
    }

    @Test
    void writesThemes() throws IOException {
        Timeline tour = SampleTimelines.tour();
        for (Theme theme : Theme.values()) {
            for (int frame : new int[] {4, 7}) {
                String name = "theme-" + theme.name().toLowerCase() + "-" + frame;
                PictureRenderer.renderPng(tour, "tour", frame, 1920, 1080, theme,
                        DIR.resolve(name + "-1920.png"));
                PictureRenderer.renderPng(tour, "tour", frame, 1280, 720, theme,
                        DIR.resolve(name + "-1280.png"));
            }
        }
    }

    @Test
    void writesTheTreeAndThePrompt() throws Exception {
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
            StrataView view = staged(SampleTimelines.tour(), size[0], size[1]);
            fx(() -> {
                view.model().goTo(5);
                view.showReplicaTree("web", 2);
                return null;
            });
            snap(view, "tree-" + size[0] + ".png");
            fx(() -> {
                view.hideReplicaTree();
                view.predictModeProperty().set(true);
                view.model().goTo(2);
                view.model().stepForward();
                return null;
            });
            snap(view, "predict-ask-" + size[0] + ".png");
            fx(() -> view.pickPrediction(1));
            Thread.sleep(300);
            snap(view, "predict-reveal-" + size[0] + ".png");
        }
    }

    private static StrataView staged(Timeline timeline, int width, int height)
            throws Exception {
        StrataView view = fx(() -> new StrataView(timeline, "tour"));
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(view, width, height);
            scene.getStylesheets().add(StrataView.stylesheet());
            stage.setScene(scene);
            stage.show();
        });
        return view;
    }

    private static void snap(StrataView view, String file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = fx(() -> view.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", DIR.resolve(file).toFile());
    }

    private static void write(String name, Timeline timeline) throws IOException {
        String only = System.getProperty("strata.only", "");
        if (!only.isEmpty() && !only.contains(name)) {
            return;
        }
        for (int frame = 0; frame <= timeline.lastIndex(); frame++) {
            PictureRenderer.renderPng(timeline, name, frame, 1920, 1080,
                    DIR.resolve(name + "-" + frame + "-1920.png"));
            PictureRenderer.renderPng(timeline, name, frame, 1280, 720,
                    DIR.resolve(name + "-" + frame + "-1280.png"));
        }
    }

    private static void inFlight(Timeline timeline, int step, String file) throws Exception {
        StrataView view = fx(() -> new StrataView(timeline, "in flight"));
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(view, 1280, 720);
            scene.getStylesheets().add(StrataView.stylesheet());
            stage.setScene(scene);
            stage.show();
        });
        fx(() -> {
            view.model().goTo(step - 1);
            view.model().stepForward();
            return null;
        });
        Thread.sleep(400);
        WritableImage image = fx(() -> view.getScene().snapshot(null));
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(pixels, "png", DIR.resolve(file).toFile());
    }

    private static <T> T fx(Callable<T> work)
            throws InterruptedException, ExecutionException {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
