package dev.strata.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static dev.strata.ui.ViewHarness.fx;
import static dev.strata.ui.ViewHarness.run;
import static dev.strata.ui.ViewHarness.waitForStill;
import static org.assertj.core.api.Assertions.assertThat;

/** The tour in the window: motions, reduced motion, shortcuts, themes and export. */
@ExtendWith(ApplicationExtension.class)
class RoomTest {
    private static final int RESTART = 7;
    private static final int REPLACE = 10;

    @TempDir
    Path dir;

    private StrataView view;

    @Start
    void start(Stage stage) {
        view = ViewHarness.show(stage, SampleTimelines.tour(), 1280, 720);
    }

    @Test
    void withReducedMotionThePlaceLightsUpAndNothingFlies(FxRobot robot) throws Exception {
        robot.clickOn("#reduced-motion");

        List<Object> during = fx(() -> {
            view.model().stepForward();
            return List.of(view.isAnimating(), packetShown(), litCount());
        });

        assertThat(fx(() -> view.reducedMotionProperty().get())).isTrue();
        assertThat(during).containsExactly(true, false, 2L);
        waitForStill(view);
        assertThat(fx(this::litCount)).isZero();
    }

    @Test
    void aRestartEmptiesTheWritableLayerAsItFades() throws Exception {
        run(() -> view.model().goTo(RESTART - 1));

        run(() -> view.model().stepForward());
        Thread.sleep(450);

        assertThat(fx(() -> upperListOpacity(1))).isBetween(0.0, 0.95);
        waitForStill(view);
        assertThat(fx(() -> upperListOpacity(1))).isEqualTo(1.0);
        List<String> files = fx(() -> upperFiles(1));
        assertThat(files).isEmpty();
    }

    @Test
    void aReplacedPodKeepsItsClaimLitWhileItsEmptyDirFades() throws Exception {
        run(() -> view.model().goTo(REPLACE - 1));

        List<Object> during = fx(() -> {
            view.model().stepForward();
            return List.of(view.isAnimating(), lit("web-data"));
        });

        assertThat(during).containsExactly(true, true);
        waitForStill(view);
        assertThat(fx(() -> lit("web-data"))).isFalse();
    }

    @Test
    void steppingBackRestoresTheExactEarlierPicture() throws Exception {
        run(() -> view.model().goTo(3));
        BufferedImage before = picture();

        run(() -> view.model().stepForward());
        waitForStill(view);
        run(() -> view.model().stepBack());
        waitForStill(view);

        assertThat(differingPixels(before, picture())).isZero();
    }

    @Test
    void keysPlayStepAndJump(FxRobot robot) throws Exception {
        robot.type(KeyCode.END);
        assertThat(fx(() -> view.model().isAtEnd())).isTrue();
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.RIGHT);
        waitForStill(view);
        assertThat(fx(() -> view.model().getFrameIndex())).isEqualTo(1);

        robot.type(KeyCode.SPACE);
        assertThat(fx(() -> view.model().isPlaying())).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(fx(() -> view.model().isPlaying())).isFalse();
    }

    @Test
    void ctrlPlusMinusAndZeroZoom(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS)
                .release(KeyCode.CONTROL);
        assertThat(fx(() -> view.zoomProperty().get())).isEqualTo(1.2);
        assertThat(fx(view::getStyle)).contains("-fx-font-size");

        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertThat(fx(() -> view.zoomProperty().get())).isEqualTo(1.1);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(fx(() -> view.zoomProperty().get())).isEqualTo(1.0);
    }

    @Test
    void tCyclesThemesAndMTogglesReducedMotion(FxRobot robot) {
        robot.type(KeyCode.T);
        assertThat(fx(() -> view.getStylesheets())).containsExactly(Theme.DARK.stylesheet());
        robot.type(KeyCode.T);
        assertThat(fx(() -> view.themeProperty().get())).isEqualTo(Theme.HIGH_CONTRAST);

        robot.type(KeyCode.M);
        assertThat(fx(() -> view.reducedMotionProperty().get())).isTrue();
    }

    @Test
    void f11TogglesFullScreenAndSCyclesTheSpeed(FxRobot robot) {
        robot.type(KeyCode.F11);
        assertThat(fx(() -> ((Stage) view.getScene().getWindow()).isFullScreen())).isTrue();
        robot.type(KeyCode.F11);
        assertThat(fx(() -> ((Stage) view.getScene().getWindow()).isFullScreen())).isFalse();

        robot.type(KeyCode.S);
        assertThat(fx(() -> view.model().getSpeed())).isEqualTo(2.0);
        robot.type(KeyCode.S);
        assertThat(fx(() -> view.model().getSpeed())).isEqualTo(0.5);
    }

    @Test
    void presentationModeHidesTheChromeAndEnlargesTheType(FxRobot robot) {
        String normal = fx(view::getStyle);

        robot.type(KeyCode.F5);

        assertThat(fx(() -> view.getTop().isVisible())).isFalse();
        assertThat(fontSize(fx(view::getStyle))).isGreaterThan(fontSize(normal));
        robot.type(KeyCode.ESCAPE);
        assertThat(fx(() -> view.getTop().isVisible())).isTrue();
    }

    @Test
    void typingInATextFieldNeverMovesTheTimeline(FxRobot robot) {
        TextField editor = fx(() -> {
            TextField field = new TextField();
            view.setLeft(field);
            return field;
        });
        robot.clickOn(editor).type(KeyCode.SPACE, KeyCode.RIGHT, KeyCode.END, KeyCode.T);

        assertThat(fx(() -> view.model().getFrameIndex())).isZero();
        assertThat(fx(() -> view.model().isPlaying())).isFalse();
        String typed = fx(editor::getText);
        assertThat(typed).isEqualTo(" t");
    }

    @Test
    void exportWritesThePictureAsAPng() throws Exception {
        Path out = dir.resolve("picture.png");

        view.exportPng(out);

        BufferedImage image = ImageIO.read(out.toFile());
        double width = fx(() -> view.getCenter().getLayoutBounds().getWidth());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(width));
    }

    private boolean packetShown() {
        return view.lookupAll(".write-packet").stream().anyMatch(Node::isVisible);
    }

    private long litCount() {
        return view.lookupAll("*").stream()
                .filter(n -> n.getPseudoClassStates().contains(PacketAnimator.LIT))
                .count();
    }

    private boolean lit(String volumeName) {
        return view.lookupAll(".volume-pane").stream()
                .map(VolumePane.class::cast)
                .filter(p -> p.getVolume().name().equals(volumeName))
                .anyMatch(p -> p.getPseudoClassStates().contains(PacketAnimator.LIT));
    }

    private double upperListOpacity(int replica) {
        return column(replica).upperBoxes().get(0).lookup(".file-list").getOpacity();
    }

    private ReplicaColumn column(int replica) {
        return view.lookupAll(".replica-column").stream()
                .map(ReplicaColumn.class::cast)
                .filter(c -> c.getReplica() == replica)
                .findFirst().orElseThrow();
    }

    private List<String> upperFiles(int replica) {
        return column(replica).upperBoxes().stream()
                .flatMap(b -> b.lookupAll(".file-entry").stream())
                .map(FileRows::pathOf).toList();
    }

    private BufferedImage picture() {
        return fx(() -> SwingFXUtils.fromFXImage(view.getScene().snapshot(null), null));
    }

    private static double fontSize(String style) {
        return Double.parseDouble(style.replaceAll("[^0-9.]", ""));
    }

    private static long differingPixels(BufferedImage a, BufferedImage b) {
        long count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                count += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return count;
    }
}
