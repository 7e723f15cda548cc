package dev.strata.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import dev.strata.SharedFiles;
import dev.strata.workspace.Workspace;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Writes pictures of the whole window to look at: {@code -Dstrata.pictures=/tmp/strata}. */
@EnabledIfSystemProperty(named = "strata.pictures", matches = ".+")
class WindowPictures {
    private static final Path DIR = Path.of(System.getProperty("strata.pictures", "."));

    @BeforeAll
    static void startToolkit() throws IOException {
        FxTestToolkit.start();
        Files.createDirectories(DIR);
    }

    @Test
    void writesTheWindowAtTwoSizes() throws Exception {
        shoot(1600, 900, "window-1600.png", window -> { });
        shoot(1280, 720, "window-1280.png", window -> { });
    }

    @Test
    void writesTheWindowWithAMistakeAndASelection() throws Exception {
        shoot(1280, 720, "window-error-1280.png", window -> {
            CodeEditor editor = window.editors().editor(TextKind.DOCKERFILE);
            editor.setText(editor.getText().replace("WORKDIR /app", "WORKDIR /app\nCOPY"));
            window.view().selection().select(new Selected.Replica("web", 1));
        });
        shoot(1600, 900, "window-presenting-1600.png", window -> {
            window.editorShownProperty().set(false);
            window.inspectorShownProperty().set(false);
        });
    }

    @Test
    void writesTheWindowWithWarningsInEveryTheme() throws Exception {
        Workspace tour = Workspace.sample("tour");
        Workspace warned = new Workspace(tour.dockerfile().map(d -> new Workspace.Text(
                d.name(), d.content().replace("EXPOSE", "MAINTAINER me\nEXPOSE"))),
                new Workspace.Text(tour.manifest().name(), tour.manifest().content()
                        .replace("          image: ", "          imagePullPolicyy: Always\n"
                                + "          image: ")),
                tour.scenario(), tour.context(), tour.nodes(), tour.label(),
                Optional.of(SharedFiles.resolve("fixtures", "images", "built",
                        "demo-docker-archive.tar")));
        for (Theme theme : Theme.values()) {
            String name = theme.name().toLowerCase(Locale.ROOT).replace('_', '-');
            shoot(warned, 1280, 720, "window-warnings-" + name + "-1280.png", window -> {
                window.view().themeProperty().set(theme);
                window.editors().select(TextKind.MANIFEST);
                window.editors().editor(TextKind.MANIFEST).goToLine(30);
            });
        }
        shoot(warned, 1600, 900, "window-warnings-1600.png", window -> { });
    }

    private static void shoot(int width, int height, String file,
            java.util.function.Consumer<MainWindow> change) throws Exception {
        shoot(Workspace.sample("tour"), width, height, file, change);
    }

    private static void shoot(Workspace workspace, int width, int height, String file,
            java.util.function.Consumer<MainWindow> change) throws Exception {
        MainWindow window = fx(() -> new MainWindow(WorkspaceModel.forWindow(workspace),
                new RecentFiles(Preferences.userRoot().node("strata-test-pictures"))));
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(window, width, height);
            scene.getStylesheets().addAll(StrataView.stylesheet(), MainWindow.stylesheet());
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        });
        fx(() -> {
            change.accept(window);
            return null;
        });
        WaitForAsyncUtils.sleep(900, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = fx(() -> window.getScene().snapshot(null));
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        ImageIO.write(pixels, "png", DIR.resolve(file).toFile());
    }

    private static <T> T fx(Callable<T> work) throws InterruptedException, ExecutionException {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
