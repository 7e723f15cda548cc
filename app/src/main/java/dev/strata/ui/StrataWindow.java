package dev.strata.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import javafx.application.Application;
import javafx.application.HostServices;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import dev.strata.sim.Timeline;
import dev.strata.source.InputWarning;
import dev.strata.workspace.Workspace;

/** Opens the Strata window and waits until it is closed. */
public final class StrataWindow {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 900;

    /** What {@link App} shows; set just before the toolkit launches it. */
    private record Request(Timeline timeline, String subtitle, Workspace workspace,
            Consumer<List<InputWarning>> warned, Consumer<String> refused) {
    }

    private static volatile Request request;

    private StrataWindow() {
    }

    /** Shows the picture alone (1600×900) on a timeline; returns when it is closed. */
    public static void open(Timeline timeline, String subtitle) {
        Objects.requireNonNull(timeline, "timeline");
        open(new Request(timeline, Objects.requireNonNullElse(subtitle, ""), null, w -> { },
                m -> { }));
    }

    /**
     * Shows the whole window (1600×900) with the texts in its editors; returns when it is
     * closed. Texts that do not play open all the same, with the mistake marked in place.
     *
     * @param warned told once, on the FX thread, the warnings of the texts as they open
     *     (none when they do not play), e.g. to print them
     * @param refused told then, as {@code file:line:column: problem}, the mistake that stops
     *     the texts from playing or the image archive from being read, if there is one
     */
    public static void open(Workspace workspace, Consumer<List<InputWarning>> warned,
            Consumer<String> refused) {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(warned, "warned");
        Objects.requireNonNull(refused, "refused");
        open(new Request(null, workspace.subtitle(), workspace, warned, refused));
    }

    private static void open(Request wanted) {
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
        StrataView view = wanted.workspace() == null
                ? new StrataView(wanted.timeline(), wanted.subtitle()) : null;
        MainWindow window = view == null
                ? new MainWindow(WorkspaceModel.forWindow(wanted.workspace())) : null;
        StrataView shown = view == null ? window.view() : view;
        if (window != null) {
            report(window.model(), wanted);
        }
        if (host != null) {
            shown.setOnOpenLink(host::showDocument);
        }
        Parent root = view == null ? window : view;
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().add(StrataView.stylesheet());
        if (window != null) {
            scene.getStylesheets().add(MainWindow.stylesheet());
        }

        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> "Strata — " + shown.model().timeline().scenario().title(),
                shown.model().timelineProperty()));
        stage.setScene(scene);
        AppIcons.applyTo(stage);
        stage.show();
        shown.requestFocus();
    }

    private static void report(WorkspaceModel model, Request wanted) {
        wanted.warned().accept(model.replayProperty().get().warnings());
        refusal(model).ifPresent(wanted.refused());
    }

    /**
     * What stops the model's texts from playing or its image archive from being read, as
     * {@code file:line:column: problem}: its problem, else the archive waiting for a choice.
     */
    static Optional<String> refusal(WorkspaceModel model) {
        return model.problem().map(WorkspaceModel.Problem::message)
                .or(() -> Optional.ofNullable(model.choosingProperty().get())
                        .map(WorkspaceModel.ImageChoices::message));
    }

    /** The application the toolkit launches; not for direct use. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            show(stage, request, getHostServices());
        }
    }
}
