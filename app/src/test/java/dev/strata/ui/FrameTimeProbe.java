package dev.strata.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;

import dev.strata.sim.Timeline;

/**
 * Plays a timeline with its animations in a real stage and measures the time between pulses
 * (an {@link AnimationTimer}), and how long the first frame took to appear. Prism's software
 * pipeline when run with the test settings.
 */
final class FrameTimeProbe {
    /** Frame times in milliseconds. */
    record Report(String name, int frames, double median, double p99, double max,
            double firstFrame) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %d frames, median %.1f ms (%.0f fps),"
                    + " p99 %.1f ms, max %.1f ms, first frame %.0f ms", name, frames, median,
                    1000 / median, p99, max, firstFrame);
        }
    }

    private FrameTimeProbe() {
    }

    /** Plays the whole timeline at {@code speed} in a {@code width}×{@code height} stage. */
    static Report run(String name, Timeline timeline, int width, int height, double speed)
            throws Exception {
        FxTestToolkit.start();
        List<Long> stamps = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Double> first = new CompletableFuture<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stamps.add(now);
            }
        };
        Stage stage = ViewHarness.fx(() -> open(timeline, width, height, first));
        ViewHarness.run(() -> {
            StrataView view = (StrataView) stage.getScene().getRoot();
            view.model().changeSpeed(speed);
            view.model().playingProperty().addListener((o, was, now) -> {
                if (!now) {
                    done.complete(null);
                }
            });
            timer.start();
            view.model().play();
        });
        done.get(10, TimeUnit.MINUTES);
        ViewHarness.run(() -> {
            timer.stop();
            stage.close();
        });
        return report(name, stamps, first.get(1, TimeUnit.MINUTES));
    }

    private static Stage open(Timeline timeline, int width, int height,
            CompletableFuture<Double> first) {
        long start = System.nanoTime();
        Stage stage = new Stage();
        StrataView view = new StrataView(timeline, "probe");
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(StrataView.stylesheet());
        stage.setScene(scene);
        AnimationTimer once = new AnimationTimer() {
            @Override
            public void handle(long now) {
                first.complete((System.nanoTime() - start) / 1e6);
                stop();
            }
        };
        once.start();
        stage.show();
        return stage;
    }

    private static Report report(String name, List<Long> stamps, double firstFrame) {
        List<Double> deltas = new ArrayList<>();
        for (int i = 1; i < stamps.size(); i++) {
            deltas.add((stamps.get(i) - stamps.get(i - 1)) / 1e6);
        }
        Collections.sort(deltas);
        if (deltas.isEmpty()) {
            return new Report(name, 0, 0, 0, 0, firstFrame);
        }
        return new Report(name, deltas.size(), at(deltas, 0.5), at(deltas, 0.99),
                deltas.get(deltas.size() - 1), firstFrame);
    }

    private static double at(List<Double> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
