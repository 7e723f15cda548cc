package dev.strata.ui;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
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

    /**
     * A click on a node as the toolkit delivers one, at its centre. The robot's clicks go by
     * screen position and can land beside a node that a busy machine has not laid out yet.
     */
    static void click(Node node, int count) {
        run(() -> {
            Bounds box = node.localToScene(node.getBoundsInLocal());
            double x = box.getCenterX();
            double y = box.getCenterY();
            Event.fireEvent(node, new MouseEvent(MouseEvent.MOUSE_CLICKED, x, y, x, y,
                    MouseButton.PRIMARY, count, false, false, false, false, true, false,
                    false, true, false, true, new PickResult(node, x, y)));
        });
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
