package dev.strata.ui;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;

import javafx.application.Application;
import javafx.application.HostServices;
import javafx.scene.Scene;
import javafx.stage.Stage;

import dev.strata.sim.Timeline;

/** Opens the Strata window on a timeline and waits until it is closed. */
public final class StrataWindow {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 900;

    /** What {@link App} shows; set just before the toolkit launches it. */
    private record Request(Timeline timeline, String subtitle) {
    }

    private static volatile Request request;

    private StrataWindow() {
    }

    /** Shows the window (1600×900) on the timeline; returns when the user closes it. */
    public static void open(Timeline timeline, String subtitle) {
        Objects.requireNonNull(timeline, "timeline");
        Request wanted = new Request(timeline, Objects.requireNonNullElse(subtitle, ""));
        if (FxThreads.isToolkitRunning()) {
            openOnRunningToolkit(wanted);
            return;
        }
        request = wanted;
        Application.launch(App.class);
    }

    private static void openOnRunningToolkit(Request wanted) {
        CountDownLatch closed = new CountDownLatch(1);
        FxThreads.call(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            show(stage, wanted, null);
            return stage;
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void show(Stage stage, Request wanted, HostServices host) {
        StrataView view = new StrataView(wanted.timeline(), wanted.subtitle());
        if (host != null) {
            view.setOnOpenLink(host::showDocument);
        }
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        scene.getStylesheets().add(StrataView.stylesheet());

        stage.setTitle("Strata — " + wanted.timeline().scenario().title());
        stage.setScene(scene);
        AppIcons.applyTo(stage);
        stage.show();
        view.requestFocus();
    }

    /** The application the toolkit launches; not for direct use. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            show(stage, request, getHostServices());
        }
    }
}
