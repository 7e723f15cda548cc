package dev.strata.ui;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static dev.strata.ui.ViewHarness.fx;
import static dev.strata.ui.ViewHarness.waitForStill;
import static org.assertj.core.api.Assertions.assertThat;

/** Predict mode on the tour: ask before the step, reveal on a guess. */
@ExtendWith(ApplicationExtension.class)
class PredictModeTest {
    private StrataView view;

    @Start
    void start(Stage stage) {
        view = ViewHarness.show(stage, SampleTimelines.tour(), 1280, 720);
    }

    @Test
    void asksBeforeTheStepAndHoldsThePicture(FxRobot robot) throws Exception {
        robot.clickOn("#predict-mode");
        robot.clickOn("#step-forward");

        assertThat(robot.lookup("#predict-prompt").query().isVisible()).isTrue();
        assertThat(robot.lookup("#predict-choice-1").queryButton().getText())
                .isEqualTo("1  its writable layer");
        assertThat(fx(() -> view.isAnimating())).isFalse();
        assertThat(fx(() -> sessionShown())).isFalse();
    }

    @Test
    void aRightGuessByKeyIsConfirmedAndTheStepPlays(FxRobot robot) throws Exception {
        robot.clickOn("#predict-mode");
        robot.clickOn("#step-forward");

        robot.type(KeyCode.DIGIT1);

        assertThat(verdict(robot)).startsWith("✔ Right: its writable layer");
        waitForStill(view);
        assertThat(fx(() -> sessionShown())).isTrue();
    }

    @Test
    void aWrongGuessByClickShowsTheAnswerAndWhy(FxRobot robot) throws Exception {
        robot.clickOn("#predict-mode");
        robot.clickOn("#step-forward");

        robot.clickOn("#predict-choice-2");

        assertThat(verdict(robot)).startsWith("✘ Not quite: its writable layer");
        assertThat(robot.lookup(".predict-explain").queryAs(Label.class).getText())
                .contains("writable layer");
    }

    @Test
    void stepKeysWaitForTheGuess(FxRobot robot) {
        robot.clickOn("#predict-mode");
        robot.type(KeyCode.RIGHT);

        robot.type(KeyCode.RIGHT, KeyCode.SPACE);

        assertThat(fx(() -> view.model().getFrameIndex())).isEqualTo(1);
        assertThat(fx(() -> view.model().isPlaying())).isFalse();
    }

    @Test
    void escapeHidesTheRevealedCard(FxRobot robot) throws Exception {
        robot.clickOn("#predict-mode");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DIGIT3);
        waitForStill(view);

        robot.type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#predict-prompt").query().isVisible()).isFalse();
    }

    private static String verdict(FxRobot robot) {
        return robot.lookup("#predict-verdict").queryAs(Label.class).getText();
    }

    private boolean sessionShown() {
        return view.lookupAll(".file-entry").stream()
                .map(FileRows::pathOf)
                .anyMatch("/app/cache/session.txt"::equals);
    }
}
