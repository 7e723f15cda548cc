package dev.strata.ui;

import dev.strata.sim.Timeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The questions predict mode asks, without a toolkit. */
class PredictionTest {
    private final Timeline tour = SampleTimelines.tour();

    @Test
    void offersTheActingReplicasOwnPlacesAndRefused() {
        Prediction question = ask(tour, 1);

        assertThat(question.choices()).containsExactly(Prediction.UPPER,
                "volume \"logs\" at /var/log/app", "volume \"data\" at /data",
                Prediction.REFUSED);
        assertThat(question.question()).isEqualTo(
                "Replica 1 writes /app/cache/session.txt. Where does it land?");
    }

    @Test
    void theAnswerIsWhereTheSimulatorPutTheBytes() {
        assertThat(ask(tour, 1).answerText()).isEqualTo(Prediction.UPPER);
        assertThat(ask(tour, 2).answerText()).startsWith("volume \"logs\"");
        assertThat(ask(tour, 3).answerText()).startsWith("volume \"data\"");
        assertThat(ask(tour, 4).answerText()).isEqualTo(Prediction.UPPER);
    }

    @Test
    void aReadAlsoOffersTheImageLayers() {
        Prediction question = ask(tour, 8);

        assertThat(question.choices()).contains(Prediction.IMAGE);
        assertThat(question.question()).endsWith("Where do the bytes come from?");
    }

    @Test
    void aStepOfAWaitingPodWasRefused() {
        assertThat(ask(SampleTimelines.rwoPvc(), 3).answerText()).isEqualTo(Prediction.REFUSED);
    }

    @Test
    void lifecycleStepsAskNothing() {
        assertThat(Prediction.of(tour.frame(6).state(), tour.frame(7))).isEmpty();
    }

    private static Prediction ask(Timeline timeline, int frame) {
        return Prediction.of(timeline.frame(frame - 1).state(), timeline.frame(frame))
                .orElseThrow();
    }
}
