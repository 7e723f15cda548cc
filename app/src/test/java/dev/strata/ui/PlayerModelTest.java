package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;

import dev.strata.sim.Timeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlayerModelTest {
    private final PlayerModel model = new PlayerModel(SampleTimelines.emptyDirLogs());

    @Test
    void startsAtTheFrameBeforeTheFirstStep() {
        assertThat(model.getFrameIndex()).isZero();
        assertThat(model.currentFrame().outcome()).isEmpty();
        assertThat(model.isPlaying()).isFalse();
    }

    @Test
    void steppingForwardEntersTheNextFrameAsAStep() {
        List<PlayerModel.FrameChange> changes = record();

        assertThat(model.stepForward()).isTrue();

        assertThat(model.getFrameIndex()).isEqualTo(1);
        assertThat(changes).containsExactly(new PlayerModel.FrameChange(0, 1, true));
    }

    @Test
    void steppingBackRestoresTheEarlierFrameWithoutAStep() {
        model.stepForward();
        model.stepForward();
        List<PlayerModel.FrameChange> changes = record();

        assertThat(model.stepBack()).isTrue();

        assertThat(model.currentFrame()).isSameAs(model.timeline().frame(1));
        assertThat(changes).containsExactly(new PlayerModel.FrameChange(2, 1, false));
    }

    @Test
    void stepsStopAtBothEnds() {
        assertThat(model.stepBack()).isFalse();
        model.goTo(model.lastIndex());

        assertThat(model.stepForward()).isFalse();
        assertThat(model.getFrameIndex()).isEqualTo(model.lastIndex());
    }

    @Test
    void goToJumpsWithoutAnimatingAndRejectsFramesOutsideTheTimeline() {
        List<PlayerModel.FrameChange> changes = record();

        model.goTo(1);

        assertThat(changes).containsExactly(new PlayerModel.FrameChange(0, 1, false));
        assertThatThrownBy(() -> model.goTo(model.lastIndex() + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside 0..7");
        assertThatThrownBy(() -> model.goTo(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void playingAdvancesOnEachTickAndPausesAtTheEnd() {
        model.play();
        for (int i = 0; i < model.lastIndex(); i++) {
            model.advance();
        }

        assertThat(model.getFrameIndex()).isEqualTo(model.lastIndex());
        assertThat(model.isPlaying()).isFalse();
    }

    @Test
    void playingFromTheEndStartsOver() {
        model.goTo(model.lastIndex());

        model.play();

        assertThat(model.getFrameIndex()).isZero();
        assertThat(model.isPlaying()).isTrue();
    }

    @Test
    void steppingBackPausesPlayback() {
        model.play();
        model.advance();

        model.stepBack();

        assertThat(model.isPlaying()).isFalse();
    }

    @Test
    void speedMustBePositive() {
        model.changeSpeed(2);

        assertThat(model.getSpeed()).isEqualTo(2);
        assertThatThrownBy(() -> model.changeSpeed(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }

    @Test
    void aReplacedTimelineKeepsTheStepShownWhenItHasIt() {
        model.goTo(3);
        model.play();

        model.replaceTimeline(SampleTimelines.tour());

        assertThat(model.timeline()).isEqualTo(SampleTimelines.tour());
        assertThat(model.getFrameIndex()).isEqualTo(3);
        assertThat(model.isPlaying()).isFalse();
    }

    @Test
    void aShorterReplacedTimelineShowsItsLastFrame() {
        model.goTo(model.lastIndex());
        Timeline shorter = new Timeline(model.timeline().scenario(),
                model.timeline().frames().subList(0, 3));

        model.replaceTimeline(shorter);

        assertThat(model.getFrameIndex()).isEqualTo(2);
        assertThat(model.currentFrame()).isSameAs(shorter.frame(2));
    }

    private List<PlayerModel.FrameChange> record() {
        List<PlayerModel.FrameChange> changes = new ArrayList<>();
        model.lastChangeProperty().addListener((o, was, now) -> changes.add(now));
        return changes;
    }
}
