package dev.strata.ui;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import dev.strata.sim.Frame;
import dev.strata.sim.Timeline;

/**
 * The main view: the cluster in the centre, the timeline bar below. Stepping forward animates
 * the outcome of the frame being entered, then shows that frame; every other move shows the
 * frame at once.
 */
public final class StrataView extends BorderPane {
    private static final Logger LOG = System.getLogger(StrataView.class.getName());
    private static final Duration DWELL = Duration.millis(1600);
    private static final double BASE_FONT = 19;
    private static final double BASE_WIDTH = 1600;
    private static final double BASE_HEIGHT = 900;

    private final PlayerModel model;
    private final ClusterView cluster = new ClusterView();
    private final Pane overlay = new Pane();
    private final PacketAnimator animator = new PacketAnimator(overlay);
    private final TimelineBar bar;
    private final PauseTransition dwell = new PauseTransition();
    private final PictureSelection selection = new PictureSelection();
    private final TitleBar titleBar;

    public StrataView(Timeline timeline, String subtitle) {
        model = new PlayerModel(timeline);
        bar = new TimelineBar(model);
        getStyleClass().add("strata-view");
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);

        String sub = Objects.requireNonNullElse(subtitle, "");
        titleBar = new TitleBar(timeline.scenario().title(), sub);
        setTop(titleBar);
        setCenter(new StackPane(cluster, overlay));
        setBottom(bar);
        wire();
        showNow(model.currentFrame());
    }

    /** The stylesheet the view is drawn with, to add to its scene. */
    public static String stylesheet() {
        URL css = StrataView.class.getResource("strata.css");
        if (css == null) {
            throw new IllegalStateException("strata.css is missing from the class path");
        }
        return css.toExternalForm();
    }

    public PlayerModel model() {
        return model;
    }

    /** What is selected in the picture; the inspector shows it, the picture may mark it. */
    public PictureSelection selection() {
        return selection;
    }

    /** Shows what the texts were loaded from under the title. */
    public void setSubtitle(String subtitle) {
        titleBar.setSubtitle(Objects.requireNonNullElse(subtitle, ""));
    }

    /** True while a step's animation runs; the cluster then still shows the previous frame. */
    public ReadOnlyBooleanProperty animatingProperty() {
        return animator.runningProperty();
    }

    public boolean isAnimating() {
        return animator.isRunning();
    }

    /** What opens the caption's source link, e.g. {@code HostServices::showDocument}. */
    public void setOnOpenLink(Consumer<String> opener) {
        bar.setLinkOpener(Objects.requireNonNull(opener, "opener"));
    }

    private void wire() {
        bar.setLinkOpener(url -> LOG.log(Level.INFO, "No browser to open {0}", url));
        model.lastChangeProperty().addListener((o, was, now) -> onChange(now));
        model.playingProperty().addListener((o, was, now) -> onPlaying(now));
        model.timelineProperty().addListener((o, was, now) -> onReplaced(now));
        dwell.setOnFinished(e -> model.advance());
        widthProperty().addListener(o -> scaleType());
        heightProperty().addListener(o -> scaleType());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onChange(PlayerModel.FrameChange change) {
        animator.finishNow();
        dwell.stop();
        Frame entered = model.timeline().frame(change.to());
        bar.show(entered);
        Optional<Motion> motion = change.stepped()
                ? entered.outcome().flatMap(Motion::of) : Optional.empty();
        boolean animating = motion.isPresent() && animator.play(motion.get(), cluster,
                model.getSpeed(), () -> showNow(entered));
        if (!animating) {
            showNow(entered);
        }
    }

    private void onReplaced(Timeline timeline) {
        animator.finishNow();
        dwell.stop();
        titleBar.setTitle(timeline.scenario().title());
        showNow(model.currentFrame());
    }

    private void showNow(Frame frame) {
        cluster.show(frame.state());
        bar.show(frame);
        if (model.isPlaying() && !animator.isRunning()) {
            dwell.setDuration(DWELL.divide(model.getSpeed()));
            dwell.playFromStart();
        }
    }

    private void onPlaying(boolean playing) {
        if (!playing) {
            dwell.stop();
        } else if (!animator.isRunning()) {
            dwell.setDuration(Duration.millis(250));
            dwell.playFromStart();
        }
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case RIGHT -> model.stepForward();
            case LEFT -> model.stepBack();
            case SPACE -> model.togglePlay();
            case HOME -> model.goTo(0);
            case END -> model.goTo(model.lastIndex());
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void scaleType() {
        double scale = Math.min(getWidth() / BASE_WIDTH, getHeight() / BASE_HEIGHT);
        double size = Math.max(11, Math.min(24, BASE_FONT * (scale > 0 ? scale : 1)));
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
    }
}
