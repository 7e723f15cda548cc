package dev.strata.ui;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;

import javafx.scene.Scene;
import javafx.stage.Stage;

import dev.strata.sim.Timeline;
import dev.strata.workspace.Workspace;

import org.testfx.util.WaitForAsyncUtils;

/** Shows a view in the test stage and runs work on the FX thread. */
final class ViewHarness {
    private ViewHarness() {
    }

    static StrataView show(Stage stage, Timeline timeline, int width, int height) {
        StrataView view = new StrataView(timeline, "test");
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(StrataView.stylesheet());
        stage.setScene(scene);
        stage.show();
        view.requestFocus();
        return view;
    }

    /** The whole window on the bundled tour, recent files kept in {@code prefs}. */
    static MainWindow showWindow(Stage stage, Preferences prefs) throws IOException {
        MainWindow window = new MainWindow(WorkspaceModel.forWindow(Workspace.sample("tour")),
                new RecentFiles(prefs));
        Scene scene = new Scene(window, 1280, 720);
        scene.getStylesheets().addAll(StrataView.stylesheet(), MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
        return window;
    }

    static void waitForStill(StrataView view) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(view::isAnimating));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static void run(Runnable work) {
        fx(() -> {
            work.run();
            return null;
        });
    }
}
