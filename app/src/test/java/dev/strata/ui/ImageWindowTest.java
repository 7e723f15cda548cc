package dev.strata.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import dev.strata.SharedFiles;
import dev.strata.image.ReadProgress;
import dev.strata.sim.ClusterState.NodeState;
import dev.strata.sim.Timeline;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a real image archive in the window: its layers, a bad archive, a cancel. */
@ExtendWith(ApplicationExtension.class)
class ImageWindowTest {
    private static final Path DIVE = SharedFiles.resolve("fixtures", "images", "dive");
    private static final Path PICTURES = Path.of(System.getProperty("strata.pictures",
            "target"));

    private final Preferences prefs = Preferences.userRoot().node("strata-test-image-window");
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = ViewHarness.showWindow(stage, prefs);
    }

    @AfterEach
    void forgetRecentFiles() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void anImageArchiveShowsItsLayersAndTheirRealFiles() throws Exception {
        Path dockerfile = DIVE.resolve("Dockerfile.test-image");
        Path archive = DIVE.resolve("test-docker-image.tar");

        fx(() -> window.files().openDropped(List.of(dockerfile, archive)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> layerCount() == 14);

        assertThat(fx(() -> window.model().problem())).isEmpty();
        assertThat(layerCount()).isEqualTo(14);

        assertThat(fx(() -> window.model().image())).contains(archive);
        assertThat(fx(() -> window.view().lookupAll(".layer-band").size())).isPositive();
        assertThat(fx(() -> window.model().labelProperty().get()))
                .contains("image test-docker-image.tar");
        fx(() -> window.view().selection().select(new Selected.Layer(firstNode().index(), 1)));
        assertThat(fx(() -> window.inspector().shown().lines()))
                .extracting(Info::value).contains("/somefile.txt");
        fx(() -> window.view().selection().select(new Selected.Layer(firstNode().index(), 9)));
        assertThat(fx(() -> window.inspector().shown().value("Changes")))
                .isEqualTo("0 added, 1 modified, 5 removed");
        assertThat(fx(() -> window.files().recent().list()))
                .contains(RecentFiles.Recent.image(archive.toAbsolutePath().normalize()));
        fx(() -> window.files().exportPicture(window, PICTURES.resolve("image-window.png")));
    }

    @Test
    void anArchiveWithoutAnImageShowsWhyAndKeepsThePicture() throws Exception {
        Timeline before = fx(() -> window.view().model().timeline());
        Path archive = DIVE.resolve("not-images").resolve("test-gzip-image.tar");

        fx(() -> window.files().openImage(archive));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> fx(() -> window.model().problem().isPresent()));

        assertThat(fx(() -> window.model().problem().get().message()))
                .startsWith(archive + ":1:1: ").contains("not an image archive");
        assertThat(fx(() -> ((Label) window.lookup("#problem-bar"))
                .getText())).startsWith("Could not read the image archive test-gzip-image.tar\n"
                        + archive + ":1:1: ");
        assertThat(fx(() -> window.view().model().timeline())).isSameAs(before);
        assertThat(fx(() -> window.model().image())).isEmpty();
        assertThat(fx(() -> window.loadingBar().isVisible())).isFalse();
    }

    @Test
    void cancellingASlowLoadKeepsThePicture(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path archive = bigArchive(dir.resolve("big.tar"));
        fx(() -> window.model().adjustImageReads(o -> o.withProgress(slowly(o.progress()))));
        Timeline before = fx(() -> window.view().model().timeline());

        fx(() -> window.files().openImage(archive));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> fx(() -> window.loadingBar().getText().startsWith("Reading layer")));
        robot.clickOn("#cancel-image-loading");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> window.loadingBar().isVisible())).isFalse();
        assertThat(fx(() -> window.model().loadingProperty().get())).isNull();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.model().image())).isEmpty();
        assertThat(fx(() -> window.model().problem())).isEmpty();
        assertThat(fx(() -> window.view().model().timeline())).isSameAs(before);
    }

    /** Passes each report on, then takes a while, as a large archive on a slow disk would. */
    private static ReadProgress slowly(ReadProgress next) {
        return (read, total, layer, layers) -> {
            next.update(read, total, layer, layers);
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** A docker save archive of four layers of 4 MiB each, random so that it reads slowly. */
    private static Path bigArchive(Path file) throws Exception {
        Random random = new Random(11);
        StringBuilder layers = new StringBuilder();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(
                Files.newOutputStream(file))) {
            for (int i = 0; i < 4; i++) {
                byte[] content = new byte[4 << 20];
                random.nextBytes(content);
                put(tar, i + "/layer.tar", layerTar("data" + i, content));
                layers.append(i == 0 ? "" : ",").append("\"" + i + "/layer.tar\"");
            }
            put(tar, "config.json", "{}".getBytes(StandardCharsets.UTF_8));
            put(tar, "manifest.json", ("[{\"Config\":\"config.json\",\"Layers\":[" + layers
                    + "]}]").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static byte[] layerTar(String name, byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            put(tar, name, content);
        }
        return bytes.toByteArray();
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] content)
            throws Exception {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private int layerCount() throws Exception {
        return fx(() -> firstNode().layers().size());
    }

    private NodeState firstNode() {
        return window.view().model().timeline().frame(0).state().nodes().get(0);
    }

    private static <T> T fx(Callable<T> work) throws InterruptedException, ExecutionException {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static void fx(Runnable work) throws InterruptedException, ExecutionException {
        WaitForAsyncUtils.asyncFx(work).get();
    }
}
