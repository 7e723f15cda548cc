package dev.strata.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import dev.strata.SharedFiles;
import dev.strata.sim.Timeline;
import dev.strata.workspace.ImageChoice;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static dev.strata.ui.ViewHarness.fx;
import static org.assertj.core.api.Assertions.assertThat;

/** An image archive that holds several images, opened in the window: choosing one. */
@ExtendWith(ApplicationExtension.class)
class ImageChoiceWindowTest {
    /** An OCI layout tagged base (no layers), v1, v2, v3 and v4 (four layers). */
    private static final Path LAYOUT = SharedFiles.resolve("fixtures", "images", "built",
            "demo-oci-gzip-layout.tar");

    private final Preferences prefs = Preferences.userRoot().node("strata-test-image-choice");
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
    void aDroppedLayoutOfSeveralImagesOffersTheirRefsAndKeepsThePicture() throws Exception {
        Timeline before = fx(() -> window.view().model().timeline());

        fx(() -> {
            window.files().openDropped(List.of(LAYOUT));
            return null;
        });
        awaitChoices();

        assertThat(fx(() -> window.choiceBar().choices().getItems()))
                .extracting(ImageChoice::listing).containsExactly("base (linux/amd64)",
                        "v1 (linux/amd64)", "v2 (linux/amd64)", "v3 (linux/amd64)",
                        "v4 (linux/amd64)");
        assertThat(fx(() -> window.choiceBar().message())).isEqualTo("demo-oci-gzip-layout.tar:"
                + " the layout holds 5 images. Which one should the picture show?");
        assertThat(fx(() -> window.model().problem())).isEmpty();
        assertThat(fx(() -> window.model().image())).isEmpty();
        assertThat(fx(() -> window.view().model().timeline())).isSameAs(before);
    }

    @Test
    void theChosenImageIsShownAndNamedWithItsRefInTheSubtitle(FxRobot robot) throws Exception {
        fx(() -> {
            window.files().openImage(LAYOUT);
            return null;
        });
        awaitChoices();

        fx(() -> {
            window.choiceBar().choices().getSelectionModel().select(ImageChoice.of("v4",
                    "linux/amd64"));
            return null;
        });
        robot.clickOn("#show-chosen-image");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> layerCount() == 4
                && fx(() -> window.model().image().isPresent()));

        assertThat(fx(() -> window.model().imageChoice()))
                .isEqualTo(ImageChoice.of("v4", "linux/amd64"));
        assertThat(fx(() -> window.choiceBar().isVisible())).isFalse();
        assertThat(fx(this::subtitle))
                .endsWith(" · image demo-oci-gzip-layout.tar (v4, linux/amd64)");
    }

    @Test
    void aTypedRefTheArchiveLacksAsksAgainSayingSo() throws Exception {
        fx(() -> {
            window.files().openImage(LAYOUT);
            return null;
        });
        awaitChoices();

        fx(() -> {
            window.choiceBar().choices().getEditor().setText("v9");
            window.choiceBar().showButton().fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> window.choiceBar()
                .message().contains("no image named v9")));

        assertThat(fx(() -> window.choiceBar().choices().getItems())).hasSize(5);
        assertThat(fx(() -> window.model().image())).isEmpty();
        assertThat(fx(() -> window.model().problem())).isEmpty();
    }

    @Test
    void aTypedRefIsReadAsThatImage() throws Exception {
        fx(() -> {
            window.files().openImage(LAYOUT);
            return null;
        });
        awaitChoices();

        fx(() -> {
            window.choiceBar().choices().getEditor().setText("v2");
            window.choiceBar().showButton().fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> layerCount() == 2
                && fx(() -> window.model().image().isPresent()));

        assertThat(fx(() -> window.model().imageChoice())).isEqualTo(ImageChoice.of("v2", null));
        assertThat(fx(this::subtitle)).endsWith(" · image demo-oci-gzip-layout.tar (v2)");
    }

    @Test
    void notChoosingLeavesThePictureAsItWas(FxRobot robot) throws Exception {
        Timeline before = fx(() -> window.view().model().timeline());
        fx(() -> {
            window.files().openImage(LAYOUT);
            return null;
        });
        awaitChoices();

        robot.clickOn("#dismiss-image-choice");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> window.choiceBar().isVisible())).isFalse();
        assertThat(fx(() -> window.model().choosingProperty().get())).isNull();
        assertThat(fx(() -> window.model().image())).isEmpty();
        assertThat(fx(() -> window.view().model().timeline())).isSameAs(before);
    }

    private void awaitChoices() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> fx(() -> window.choiceBar().isVisible()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String subtitle() {
        return ((Label) window.view().lookup(".subtitle")).getText();
    }

    private int layerCount() {
        return fx(() -> window.view().model().timeline().frame(0).state().nodes().get(0)
                .layers().size());
    }
}
