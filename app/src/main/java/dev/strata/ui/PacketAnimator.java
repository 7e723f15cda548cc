package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

import dev.strata.sim.Lands;
import dev.strata.sim.Place;

/**
 * Plays one {@link Motion} at a time over the cluster: one packet track and one emphasis
 * track (shakes and fades), each stopped and retargeted for the next motion, never recreated.
 * With reduced motion the places involved light up ({@code :lit}) and nothing moves.
 */
final class PacketAnimator {
    static final PseudoClass LIT = PseudoClass.getPseudoClass("lit");
    private static final double SHAKE = 14;

    private final Pane overlay;
    private final WritePacket packet = new WritePacket();
    private final Timeline track = new Timeline();
    private final Timeline emphasis = new Timeline();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final List<Node> lit = new ArrayList<>();
    private final List<Node> faded = new ArrayList<>();
    private boolean reducedMotion;
    private Runnable pending;
    private ReplicaColumn emphasized;
    private LayerStack litStack;

    PacketAnimator(Pane overlay) {
        this.overlay = overlay;
        packet.setManaged(false);
        packet.setVisible(false);
        overlay.getChildren().add(packet);
        track.setOnFinished(e -> complete());
        emphasis.setOnFinished(e -> complete());
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    boolean isRunning() {
        return running.get();
    }

    /** When set, nothing travels or shakes: the places involved light up instead. */
    void setReducedMotion(boolean value) {
        reducedMotion = value;
    }

    /**
     * Plays the motion over what the cluster shows now, then runs {@code done}. Returns false,
     * without running {@code done}, when the motion has nothing on screen to move between.
     */
    boolean play(Motion motion, ClusterView cluster, double speed, Runnable done) {
        finishNow();
        ReplicaColumn column = cluster.column(motion.actor().workload(), motion.actor().replica());
        if (column == null || column.getScene() == null || overlay.getScene() == null) {
            return false;
        }
        packet.applyCss();
        Duration time = packet.getTravelDuration().divide(speed);
        boolean started = switch (motion.path()) {
            case SHAKE -> shake(column, time);
            case HIGHLIGHT -> hold(column, time);
            case EMPTY_UPPER -> empty(column, column.upperBoxes(), List.of(), time);
            case REPLACE_POD -> empty(column, emptied(column), claims(cluster, column), time);
            default -> travel(motion, cluster, column, time);
        };
        if (started) {
            pending = done;
            running.set(true);
        }
        return started;
    }

    /**
     * Scaling: columns that go fade out before {@code show} runs; columns that come fade in
     * after it. Returns false, having run nothing, when no column comes or goes.
     */
    boolean playScale(ClusterView cluster, Set<String> leaving, double speed, Runnable show,
            Supplier<Set<String>> arriving) {
        finishNow();
        packet.applyCss();
        Duration time = packet.getTravelDuration().divide(speed);
        cluster.applyCss();
        cluster.layout();
        List<Node> going = cluster.replicaNodes(leaving);
        if (!going.isEmpty()) {
            fade(going, 1, 0, time);
            pending = show;
            running.set(true);
            return true;
        }
        show.run();
        cluster.applyCss();
        cluster.layout();
        List<Node> coming = cluster.replicaNodes(arriving.get());
        if (coming.isEmpty()) {
            return true;
        }
        fade(coming, 0, 1, time);
        running.set(true);
        return true;
    }

    /** Ends the current motion at once, as if it had run to its end. */
    void finishNow() {
        if (track.getStatus() != Animation.Status.STOPPED
                || emphasis.getStatus() != Animation.Status.STOPPED) {
            track.stop();
            emphasis.stop();
            complete();
        }
    }

    private boolean travel(Motion motion, ClusterView cluster, ReplicaColumn column,
            Duration time) {
        Node far = endpoint(motion, cluster, column);
        Node near = motion.path() == Motion.Path.PLACE_TO_UPPER
                ? column.upperBox(motion.actor().container()) : column.header();
        if (far == null || near == null) {
            return false;
        }
        light(motion, cluster);
        if (reducedMotion) {
            lightUp(List.of(far, near));
            return hold(column, time);
        }
        packet.setText(motion.label());
        packet.setKind(motion.packet());
        return move(centre(near), centre(far), motion.path(), time);
    }

    private Node endpoint(Motion motion, ClusterView cluster, ReplicaColumn column) {
        Place place = motion.place();
        if (place.lands() == Lands.IMAGE) {
            LayerStack stack = cluster.stack(motion.actor().node());
            return stack == null ? null : stack.band(place.layer());
        }
        if (!place.volumeId().isEmpty()) {
            return cluster.volumePane(place.volumeId());
        }
        return column.upperBox(motion.actor().container());
    }

    private void light(Motion motion, ClusterView cluster) {
        if (motion.place().lands() == Lands.IMAGE) {
            litStack = cluster.stack(motion.actor().node());
            litStack.setHighlightedLayer(motion.place().layer());
        }
    }

    private boolean move(Point2D near, Point2D far, Motion.Path path, Duration time) {
        packet.applyCss();
        packet.layout();
        packet.resize(packet.prefWidth(-1), packet.prefHeight(-1));
        Point2D half = new Point2D(packet.getWidth() / 2, packet.getHeight() / 2);
        Point2D start = (path == Motion.Path.TO_PLACE || path == Motion.Path.BOUNCE
                ? near : far).subtract(half);
        Point2D end = (path == Motion.Path.TO_PLACE || path == Motion.Path.BOUNCE
                ? far : near).subtract(half);
        if (path == Motion.Path.BOUNCE) {
            end = start.add(end.subtract(start).multiply(0.75));
        }
        track.getKeyFrames().setAll(frames(start, end, path == Motion.Path.BOUNCE, time));
        packet.setVisible(true);
        track.playFromStart();
        return true;
    }

    private List<KeyFrame> frames(Point2D start, Point2D end, boolean back, Duration time) {
        KeyFrame first = at(Duration.ZERO, start, Interpolator.LINEAR);
        if (back) {
            return List.of(first, at(time.multiply(0.5), end, Interpolator.EASE_OUT),
                    at(time, start, Interpolator.EASE_IN));
        }
        return List.of(first, at(time, end, Interpolator.EASE_BOTH));
    }

    private KeyFrame at(Duration time, Point2D point, Interpolator how) {
        return new KeyFrame(time,
                new KeyValue(packet.translateXProperty(), point.getX(), how),
                new KeyValue(packet.translateYProperty(), point.getY(), how));
    }

    private boolean shake(ReplicaColumn column, Duration time) {
        if (reducedMotion) {
            return hold(column, time);
        }
        emphasized = column;
        column.setEmphasized(true);
        int swings = 6;
        KeyFrame[] frames = new KeyFrame[swings + 1];
        for (int i = 0; i < swings; i++) {
            double x = i % 2 == 0 ? SHAKE : -SHAKE;
            frames[i] = new KeyFrame(time.multiply((i + 1.0) / (swings + 2)),
                    new KeyValue(column.translateXProperty(), x));
        }
        frames[swings] = new KeyFrame(time, new KeyValue(column.translateXProperty(), 0));
        emphasis.getKeyFrames().setAll(frames);
        emphasis.playFromStart();
        return true;
    }

    /** Keeps the column and what is lit emphasised for the motion's time, nothing moving. */
    private boolean hold(ReplicaColumn column, Duration time) {
        emphasized = column;
        column.setEmphasized(true);
        emphasis.getKeyFrames().setAll(new KeyFrame(time));
        emphasis.playFromStart();
        return true;
    }

    /** The column lights up, {@code kept} light up, and the contents of {@code emptied} fade. */
    private boolean empty(ReplicaColumn column, List<Node> emptied, List<Node> kept,
            Duration time) {
        lightUp(kept);
        List<Node> contents = emptied.stream()
                .map(n -> n.lookup(".file-list"))
                .filter(Objects::nonNull)
                .toList();
        if (reducedMotion || contents.isEmpty()) {
            lightUp(emptied);
            return hold(column, time);
        }
        emphasized = column;
        column.setEmphasized(true);
        fade(contents, 1, 0, time);
        return true;
    }

    private void fade(List<Node> nodes, double from, double to, Duration time) {
        faded.addAll(nodes);
        List<KeyValue> start = new ArrayList<>();
        List<KeyValue> end = new ArrayList<>();
        for (Node node : nodes) {
            node.setOpacity(from);
            start.add(new KeyValue(node.opacityProperty(), from));
            end.add(new KeyValue(node.opacityProperty(), to, Interpolator.EASE_BOTH));
        }
        emphasis.getKeyFrames().setAll(
                new KeyFrame(Duration.ZERO, start.toArray(KeyValue[]::new)),
                new KeyFrame(time, end.toArray(KeyValue[]::new)));
        emphasis.playFromStart();
    }

    /** The pod's own volumes and writable layers: what a replacement empties. */
    private static List<Node> emptied(ReplicaColumn column) {
        List<Node> nodes = new ArrayList<>(column.lookupAll(".volume-pane"));
        nodes.addAll(column.upperBoxes());
        return nodes;
    }

    /** The shared panes the pod mounts: claims and the like, which keep their data. */
    private static List<Node> claims(ClusterView cluster, ReplicaColumn column) {
        return cluster.sharedPanesOf(column).stream().map(Node.class::cast).toList();
    }

    private void lightUp(List<Node> nodes) {
        for (Node node : nodes) {
            node.pseudoClassStateChanged(LIT, true);
            lit.add(node);
        }
    }

    private Point2D centre(Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return overlay.sceneToLocal(bounds.getCenterX(), bounds.getCenterY());
    }

    private void complete() {
        packet.setVisible(false);
        lit.forEach(n -> n.pseudoClassStateChanged(LIT, false));
        lit.clear();
        faded.forEach(n -> n.setOpacity(1));
        faded.clear();
        if (emphasized != null) {
            emphasized.setTranslateX(0);
            emphasized.setEmphasized(false);
            emphasized = null;
        }
        if (litStack != null) {
            litStack.setHighlightedLayer(-1);
            litStack = null;
        }
        Runnable done = pending;
        pending = null;
        running.set(false);
        if (done != null) {
            done.run();
        }
    }
}
