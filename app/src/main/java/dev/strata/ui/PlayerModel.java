package dev.strata.ui;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import dev.strata.sim.Frame;
import dev.strata.sim.Timeline;

/**
 * Playback over a {@link Timeline}: which frame is shown, whether it plays, and how fast.
 *
 * <p>The view animates only a {@link FrameChange#stepped() step} into the next frame; any
 * other change is shown at once. The model needs no running FX toolkit.
 */
public final class PlayerModel {
    /** The speeds the timeline bar offers. */
    public static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0);

    /**
     * A move from one frame to another.
     *
     * @param stepped true when {@code to} is the step right after {@code from}, played forward
     */
    public record FrameChange(int from, int to, boolean stepped) {
    }

    private final ReadOnlyObjectWrapper<Timeline> timeline =
            new ReadOnlyObjectWrapper<>(this, "timeline");
    private final ReadOnlyIntegerWrapper frameIndex =
            new ReadOnlyIntegerWrapper(this, "frameIndex");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 1.0);
    private final ReadOnlyObjectWrapper<FrameChange> lastChange =
            new ReadOnlyObjectWrapper<>(this, "lastChange", new FrameChange(0, 0, false));

    public PlayerModel(Timeline timeline) {
        this.timeline.set(Objects.requireNonNull(timeline, "timeline"));
    }

    public Timeline timeline() {
        return timeline.get();
    }

    /** The timeline played; replaced when the texts it was played from change. */
    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /**
     * Switches to a timeline played again from edited texts. Keeps the step shown when the
     * new timeline has it, else shows its last frame; pauses playback.
     */
    public void replaceTimeline(Timeline replacement) {
        Objects.requireNonNull(replacement, "replacement");
        pause();
        int kept = Math.min(getFrameIndex(), replacement.lastIndex());
        frameIndex.set(kept);
        timeline.set(replacement);
    }

    public ReadOnlyIntegerProperty frameIndexProperty() {
        return frameIndex.getReadOnlyProperty();
    }

    public int getFrameIndex() {
        return frameIndex.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public double getSpeed() {
        return speed.get();
    }

    /** The latest move; listen to it to redraw or animate. */
    public ReadOnlyObjectProperty<FrameChange> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    public Frame currentFrame() {
        return timeline().frame(getFrameIndex());
    }

    public int lastIndex() {
        return timeline().lastIndex();
    }

    public boolean isAtEnd() {
        return getFrameIndex() == lastIndex();
    }

    /** Plays the next step; returns false, and stops playing, when already at the end. */
    public boolean stepForward() {
        if (isAtEnd()) {
            pause();
            return false;
        }
        move(getFrameIndex() + 1, true);
        return true;
    }

    /** Shows the previous frame as it was, without animation; pauses playback. */
    public boolean stepBack() {
        pause();
        if (getFrameIndex() == 0) {
            return false;
        }
        move(getFrameIndex() - 1, false);
        return true;
    }

    /** Shows frame {@code index} at once; pauses playback. */
    public void goTo(int index) {
        if (index < 0 || index > lastIndex()) {
            throw new IllegalArgumentException(
                    "frame " + index + " is outside 0.." + lastIndex());
        }
        pause();
        if (index != getFrameIndex()) {
            move(index, false);
        }
    }

    /** Starts playing; from the last frame it starts over at the first. */
    public void play() {
        if (lastIndex() == 0) {
            return;
        }
        if (isAtEnd()) {
            move(0, false);
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    /** Called by the view's clock while playing: steps forward, pausing at the end. */
    public void advance() {
        if (isPlaying() && stepForward() && isAtEnd()) {
            pause();
        }
    }

    /** Sets how fast steps play and animate; 1 is normal speed. */
    public void changeSpeed(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("speed must be a positive number, got " + factor);
        }
        speed.set(factor);
    }

    private void move(int to, boolean stepped) {
        int from = getFrameIndex();
        frameIndex.set(to);
        lastChange.set(new FrameChange(from, to, stepped));
    }
}
