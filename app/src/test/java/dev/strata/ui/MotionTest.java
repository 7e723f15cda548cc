package dev.strata.ui;

import java.util.List;

import dev.strata.sim.Actor;
import dev.strata.sim.Frame;
import dev.strata.sim.Op;
import dev.strata.sim.Outcome;
import dev.strata.sim.Place;
import dev.strata.sim.Result;
import dev.strata.sim.Step;
import dev.strata.sim.Timeline;
import dev.strata.source.SourcePosition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which motion each kind of outcome gets, without a toolkit. */
class MotionTest {
    private static final Actor ACTOR = new Actor("web", 2, "web", 1);

    @Test
    void eachOutcomeKindOfTheTourHasItsOwnPath() {
        Timeline tour = SampleTimelines.tour();

        assertThat(path(tour, 1)).isEqualTo(Motion.Path.TO_PLACE);
        assertThat(path(tour, 4)).isEqualTo(Motion.Path.PLACE_TO_UPPER);
        assertThat(path(tour, 5)).isEqualTo(Motion.Path.TO_PLACE);
        assertThat(path(tour, 6)).isEqualTo(Motion.Path.FROM_PLACE);
        assertThat(path(tour, 7)).isEqualTo(Motion.Path.EMPTY_UPPER);
        assertThat(path(tour, 10)).isEqualTo(Motion.Path.REPLACE_POD);
    }

    @Test
    void aWaitingPodShakes() {
        assertThat(path(SampleTimelines.rwoPvc(), 3)).isEqualTo(Motion.Path.SHAKE);
    }

    @Test
    void aRefusedRenameBouncesWithItsReason() {
        Motion motion = Motion.of(refused(Op.RENAME, "/app", Result.EXDEV)).orElseThrow();

        assertThat(motion.path()).isEqualTo(Motion.Path.BOUNCE);
        assertThat(motion.label()).isEqualTo("app — EXDEV: cross-device rename");
    }

    @Test
    void aReadOnlyWriteBouncesOffTheLock() {
        Motion motion = Motion.of(refused(Op.WRITE, "/etc/x", Result.EROFS)).orElseThrow();

        assertThat(motion.packet()).isEqualTo(WritePacket.Kind.REFUSED);
        assertThat(motion.label()).endsWith("EROFS: read-only");
    }

    @Test
    void scalingHasNoActorMotionTheViewFadesColumnsInstead() {
        Frame scaled = SampleTimelines.scaled(12, 3).frame(1);

        assertThat(Motion.of(scaled.outcome().orElseThrow())).isEmpty();
        assertThat(scaled.state().pods()).hasSize(12);
    }

    @Test
    void rangesShortenRunsOfReplicas() {
        assertThat(Ranges.of(List.of(1, 2, 3, 5, 7, 8, 9, 10))).isEqualTo("1–3, 5, 7–10");
        assertThat(Ranges.of(List.of(4, 5))).isEqualTo("4, 5");
        assertThat(Ranges.of(List.of())).isEmpty();
    }

    @Test
    void anEvictionEmptiesThePodLikeAReplacement() {
        Step step = new Step(1, Op.WRITE, "/tmp/a", "", 2, 0, "", "", 1, "",
                SourcePosition.startOf("t"));
        Outcome evicted = new Outcome.Evicted(step, ACTOR, Place.UPPER, "over", "why", "");

        assertThat(Motion.of(evicted).orElseThrow().path()).isEqualTo(Motion.Path.REPLACE_POD);
    }

    @Test
    void anUnknownAnswerOnlyHighlightsTheReplica() {
        Step step = new Step(1, Op.READ, "/etc/passwd", "", 2, 0, "", "", 0, "",
                SourcePosition.startOf("t"));
        Outcome unknown = new Outcome.Uncertain(step, ACTOR, "why", "");

        assertThat(Motion.of(unknown).orElseThrow().path()).isEqualTo(Motion.Path.HIGHLIGHT);
    }

    private static Motion.Path path(Timeline timeline, int frame) {
        return Motion.of(timeline.frame(frame).outcome().orElseThrow()).orElseThrow().path();
    }

    private static Outcome refused(Op op, String path, Result result) {
        Step step = new Step(1, op, path, op == Op.RENAME ? "/srv" : "", 2, 0, "", "", 0, "",
                new SourcePosition("t.strata", 1, 1));
        return new Outcome.Refused(step, ACTOR, result, Place.UPPER, "refused", "");
    }
}
