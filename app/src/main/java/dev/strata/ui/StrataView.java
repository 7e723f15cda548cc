package dev.strata.ui;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import dev.strata.sim.ClusterState;
import dev.strata.sim.Frame;
import dev.strata.sim.Op;
import dev.strata.sim.Outcome;
import dev.strata.sim.ReplicaView;
import dev.strata.sim.Timeline;

/**
 * The main view: the cluster in the centre, the timeline bar below. Stepping forward animates
 * the outcome of the frame being entered, then shows that frame; every other move shows the
 * frame at once, exactly as it was.
 *
 * <p>For the room: {@link #themeProperty() themes}, {@link #presentationProperty()
 * presentation mode}, {@link #zoomProperty() zoom}, {@link #reducedMotionProperty() reduced
 * motion}, {@link #predictModeProperty() predict mode} and keyboard shortcuts for each
 * ({@link Shortcuts}).
 */
public final class StrataView extends BorderPane {
    private static final Logger LOG = System.getLogger(StrataView.class.getName());
    private static final PseudoClass PRESENTATION = PseudoClass.getPseudoClass("presentation");
    private static final Duration DWELL = Duration.millis(1600);
    private static final double BASE_FONT = 19;
    private static final double BASE_WIDTH = 1600;
    private static final double BASE_HEIGHT = 900;
    private static final double PRESENTATION_TYPE = 1.3;
    private static final double CARD_MARGIN = 12;
    private static final double MIN_ZOOM = 0.5;
    private static final double MAX_ZOOM = 2.5;

    private final PlayerModel model;
    private final ClusterView cluster = new ClusterView();
    private final Pane overlay = new Pane();
    private final PredictPrompt prompt = new PredictPrompt();
    private final ReplicaTree replicaTree = new ReplicaTree();
    private final StackPane picture = new StackPane(cluster, replicaTree, prompt, overlay);
    private final SourceHighlight source = new SourceHighlight(cluster);
    private final PacketAnimator animator = new PacketAnimator(overlay);
    private final TimelineBar bar;
    private final PauseTransition dwell = new PauseTransition();
    private final PictureSelection selection = new PictureSelection();
    private final TitleBar titleBar;
    private final BooleanProperty reducedMotion =
            new SimpleBooleanProperty(this, "reducedMotion");
    private final BooleanProperty predictMode = new SimpleBooleanProperty(this, "predictMode");
    private final BooleanProperty presentation =
            new SimpleBooleanProperty(this, "presentation");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ObjectProperty<Theme> theme =
            new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);

    public StrataView(Timeline timeline, String subtitle) {
        model = new PlayerModel(timeline);
        bar = new TimelineBar(model);
        getStyleClass().add("strata-view");
        getStylesheets().setAll(Theme.LIGHT.stylesheet());
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        StackPane.setAlignment(prompt, Pos.TOP_RIGHT);
        StackPane.setAlignment(replicaTree, Pos.TOP_LEFT);
        StackPane.setMargin(prompt, new Insets(CARD_MARGIN));
        StackPane.setMargin(replicaTree, new Insets(CARD_MARGIN));

        String sub = Objects.requireNonNullElse(subtitle, "");
        titleBar = new TitleBar(timeline.scenario().title(), sub);
        setTop(titleBar);
        setCenter(picture);
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

    /** When true, nothing travels, shakes or fades: the places involved light up instead. */
    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    /** When true, each file step first asks where it will land and reveals it on a guess. */
    public BooleanProperty predictModeProperty() {
        return predictMode;
    }

    /** Larger type, the chrome (top, left, right) hidden, and full screen when in a stage. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** The type size factor, kept within 0.5 to 2.5; 1 fits the type to the window. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Zooms in ({@code steps} > 0) or out by tenths. */
    public void zoomBy(int steps) {
        double next = Math.round((zoom.get() + steps * 0.1) * 10) / 10.0;
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, next)));
    }

    /** Makes the window full screen, or leaves full screen, when the view is in a stage. */
    public void toggleFullScreen() {
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    /** What opens the caption's source link, e.g. {@code HostServices::showDocument}. */
    public void setOnOpenLink(Consumer<String> opener) {
        bar.setLinkOpener(Objects.requireNonNull(opener, "opener"));
    }

    /** Writes the picture as it is now (cluster, packet, prompt) to a PNG file. */
    public void exportPng(Path out) throws IOException {
        Objects.requireNonNull(out, "out");
        WritableImage image = FxThreads.call(() -> picture.snapshot(null, null));
        PictureRenderer.writePng(image, out);
    }

    /**
     * Opens the tree of what a replica sees (its merged filesystem) beside the picture; it
     * follows the timeline until closed. Selecting an entry lights up where it comes from.
     */
    public void showReplicaTree(String workload, int replica) {
        replicaTree.show(model.currentFrame().state(), workload, replica);
    }

    public void hideReplicaTree() {
        replicaTree.hide();
    }

    /** Opens the tree for the replica acting in the current step (or the first), or closes it. */
    void toggleReplicaTree() {
        if (replicaTree.isVisible()) {
            hideReplicaTree();
            return;
        }
        Frame frame = model.currentFrame();
        frame.outcome().flatMap(Outcome::actor)
                .map(a -> ClusterView.key(a.workload(), a.replica()))
                .or(() -> frame.state().pods().stream().findFirst()
                        .map(p -> ClusterView.key(p.workload(), p.replica())))
                .ifPresent(this::showReplicaTree);
    }

    private void showReplicaTree(String key) {
        int hash = key.lastIndexOf('#');
        showReplicaTree(key.substring(0, hash), Integer.parseInt(key.substring(hash + 1)));
    }

    /** Picks a predict-mode choice (0-based), as its number key does; false when none asked. */
    boolean pickPrediction(int index) {
        return prompt.pick(index);
    }

    /** True while predict mode waits for a guess. */
    boolean isAsking() {
        return prompt.isAsking();
    }

    /** Hides the predict card; returns whether it was shown. */
    boolean dismissPrediction() {
        boolean shown = prompt.isVisible() && !prompt.isAsking();
        if (shown) {
            prompt.dismiss();
        }
        return shown;
    }

    private void wire() {
        bar.setLinkOpener(url -> LOG.log(Level.INFO, "No browser to open {0}", url));
        bar.addToggle("Reduce motion", "reduced-motion", reducedMotion);
        bar.addToggle("Predict", "predict-mode", predictMode);
        model.lastChangeProperty().addListener((o, was, now) -> onChange(now));
        model.playingProperty().addListener((o, was, now) -> onPlaying(now));
        model.timelineProperty().addListener((o, was, now) -> onReplaced(now));
        dwell.setOnFinished(e -> model.advance());
        widthProperty().addListener(o -> scaleType());
        heightProperty().addListener(o -> scaleType());
        zoom.addListener(o -> scaleType());
        reducedMotion.addListener((o, was, now) -> animator.setReducedMotion(now));
        theme.addListener((o, was, now) -> getStylesheets().setAll(now.stylesheet()));
        presentation.addListener((o, was, now) -> present(now));
        predictMode.addListener((o, was, now) -> prompt.dismiss());
        for (ObjectProperty<Node> side : List.of(topProperty(), leftProperty(),
                rightProperty())) {
            side.addListener((o, was, now) -> present(presentation.get()));
        }
        replicaTree.selectedProperty().addListener((o, was, now) -> lightSource(now));
        // One click selects (the window's inspector shows it); a double click opens the
        // replica's own view, so that inspecting a file does not cover the picture.
        cluster.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() < 2) {
                return;
            }
            for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
                if (n instanceof ReplicaColumn column) {
                    showReplicaTree(column.getWorkload(), column.getReplica());
                    return;
                }
            }
        });
        Shortcuts.install(this);
    }

    private void lightSource(ReplicaView.Entry entry) {
        source.clear();
        if (entry != null && replicaTree.isVisible()) {
            source.light(model.currentFrame().state(), replicaTree.workload(),
                    replicaTree.replica(), entry.from());
        }
    }

    private void onChange(PlayerModel.FrameChange change) {
        animator.finishNow();
        dwell.stop();
        prompt.dismiss();
        Frame entered = model.timeline().frame(change.to());
        ClusterState before = model.timeline().frame(change.from()).state();
        Optional<Prediction> question = change.stepped() && predictMode.get()
                ? Prediction.of(before, entered) : Optional.empty();
        if (question.isPresent()) {
            ask(question.get(), before, entered);
        } else {
            enter(before, entered, change.stepped());
        }
    }

    private void ask(Prediction question, ClusterState before, Frame entered) {
        model.pause();
        cluster.show(before, focus(entered));
        picture.applyCss();
        picture.layout();
        StackPane.setAlignment(prompt, actorOnTheRight(entered) ? Pos.TOP_LEFT : Pos.TOP_RIGHT);
        bar.showQuestion(entered);
        prompt.ask(question, picked -> {
            prompt.reveal(picked, entered.outcome().map(Outcome::explain).orElse(""));
            enter(before, entered, true);
        });
    }

    private void enter(ClusterState before, Frame entered, boolean stepped) {
        bar.show(entered);
        Optional<Outcome> outcome = stepped ? entered.outcome() : Optional.empty();
        if (outcome.isPresent() && isScale(outcome.get())) {
            animator.playScale(cluster, keys(before, entered.state()), model.getSpeed(),
                    () -> showNow(entered), () -> keys(entered.state(), before));
            return;
        }
        Optional<Motion> motion = outcome.flatMap(Motion::of);
        if (motion.isPresent()) {
            cluster.show(before, focus(entered));
            picture.applyCss();
            picture.layout();
        }
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

    /** Whether the acting replica's column stands in the right half, where the card goes. */
    private boolean actorOnTheRight(Frame frame) {
        return frame.outcome().flatMap(Outcome::actor)
                .map(a -> cluster.column(a.workload(), a.replica()))
                .filter(c -> c.getScene() != null)
                .map(c -> picture.sceneToLocal(c.localToScene(c.getLayoutBounds())))
                .map(b -> b.getCenterX() > picture.getWidth() / 2)
                .orElse(false);
    }

    private static boolean isScale(Outcome outcome) {
        Op op = outcome.step().op();
        return outcome instanceof Outcome.Lifecycle && (op == Op.SCALE || op == Op.ROLLOUT);
    }

    /** The keys of replicas in {@code in} that {@code other} lacks. */
    private static Set<String> keys(ClusterState in, ClusterState other) {
        Set<String> gone = keysOf(in);
        gone.removeAll(keysOf(other));
        return gone;
    }

    private static Set<String> keysOf(ClusterState state) {
        return state.pods().stream()
                .map(p -> ClusterView.key(p.workload(), p.replica()))
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** The replica that acts in the frame's step keeps its column however many there are. */
    private static Set<String> focus(Frame frame) {
        return frame.outcome().flatMap(Outcome::actor)
                .map(a -> Set.of(ClusterView.key(a.workload(), a.replica())))
                .orElse(Set.of());
    }

    private void showNow(Frame frame) {
        source.clear();
        cluster.show(frame.state(), focus(frame));
        lightRead(frame);
        if (replicaTree.isVisible()) {
            replicaTree.show(frame.state(), replicaTree.workload(), replicaTree.replica());
        }
        bar.show(frame);
        if (model.isPlaying() && !animator.isRunning()) {
            dwell.setDuration(DWELL.divide(model.getSpeed()));
            dwell.playFromStart();
        }
    }

    /**
     * A read changes nothing in the picture, so the place it was served from stays lit while
     * its step is shown: the image layer, writable layer or volume the bytes came from.
     */
    private void lightRead(Frame frame) {
        frame.outcome().filter(Outcome.Served.class::isInstance).ifPresent(read -> read.actor()
                .ifPresent(by -> source.light(frame.state(), by.workload(), by.replica(),
                        read.place())));
    }

    private void onPlaying(boolean playing) {
        if (!playing) {
            dwell.stop();
        } else if (!animator.isRunning()) {
            dwell.setDuration(Duration.millis(250));
            dwell.playFromStart();
        }
    }

    private void present(boolean on) {
        pseudoClassStateChanged(PRESENTATION, on);
        for (Node chrome : new Node[] {getTop(), getLeft(), getRight()}) {
            if (chrome != null) {
                chrome.setVisible(!on);
                chrome.setManaged(!on);
            }
        }
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(on);
        }
        scaleType();
    }

    private void scaleType() {
        double fit = Math.min(getWidth() / BASE_WIDTH, getHeight() / BASE_HEIGHT);
        double room = presentation.get() ? PRESENTATION_TYPE : 1;
        double size = BASE_FONT * (fit > 0 ? fit : 1) * zoom.get() * room;
        size = Math.max(11, Math.min(48, size));
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
    }
}
