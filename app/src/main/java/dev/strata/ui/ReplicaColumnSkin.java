package dev.strata.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import dev.strata.sim.ClusterState.ContainerState;
import dev.strata.sim.ClusterState.FileEntry;
import dev.strata.sim.ClusterState.MountState;
import dev.strata.sim.ClusterState.Phase;
import dev.strata.sim.ClusterState.PodState;
import dev.strata.sim.ClusterState.VolumeState;

/** Header, then the pod's own volumes, then the writable layers resting on the stack. */
final class ReplicaColumnSkin extends SkinBase<ReplicaColumn> {
    private static final int MAX_UPPER_ROWS = 5;

    private final VBox box = new VBox();
    private final Map<String, VolumePane> panes = new HashMap<>();
    /** Each container's writable layer as drawn, and before: what the last step changed. */
    private final Map<String, Drawn> drawn = new HashMap<>();

    private record Drawn(List<FileEntry> before, List<FileEntry> now) {
        Drawn next(List<FileEntry> upper) {
            return upper.equals(now) ? this : new Drawn(now, upper);
        }
    }

    ReplicaColumnSkin(ReplicaColumn column) {
        super(column);
        box.getStyleClass().add("replica-box");
        box.setMinWidth(0);
        getChildren().add(box);
        Clips.toBounds(box);

        registerChangeListener(column.podProperty(), o -> rebuild());
        registerChangeListener(column.localVolumesProperty(), o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        PodState pod = getSkinnable().getPod();
        List<Node> rows = new ArrayList<>();
        rows.add(header(pod));
        if (pod != null && pod.phase() == Phase.PENDING) {
            rows.add(reason(pod));
        }
        rows.addAll(localPanes(pod));
        rows.add(spacer());
        if (pod != null) {
            pod.containers().forEach(c -> rows.add(upperBox(c, pod.containers().size() > 1)));
            drawn.keySet().retainAll(pod.containers().stream().map(ContainerState::name)
                    .toList());
        }
        box.getChildren().setAll(rows);
    }

    private HBox header(PodState pod) {
        Label badge = new Label("replica " + getSkinnable().getReplica());
        badge.getStyleClass().add("replica-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label(pod == null ? "" : pod.name());
        name.getStyleClass().add("pod-name");
        name.setMinWidth(0);

        HBox header = new HBox(badge, name);
        header.getStyleClass().add("replica-header");
        HBox.setHgrow(name, Priority.ALWAYS);
        addRestarts(header, pod);
        return header;
    }

    private static void addRestarts(HBox header, PodState pod) {
        int restarts = pod == null ? 0
                : pod.containers().stream().mapToInt(ContainerState::restarts).sum();
        if (restarts > 0) {
            Label label = new Label("restarted " + restarts + "×");
            label.getStyleClass().add("restarts");
            label.setMinWidth(0);
            header.getChildren().add(label);
        }
    }

    private static Label reason(PodState pod) {
        String why = pod.reason().isBlank() ? "waiting" : pod.reason();
        Label reason = new Label("Pending: " + why);
        reason.getStyleClass().add("pending-reason");
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        return reason;
    }

    private List<Node> localPanes(PodState pod) {
        List<Node> result = new ArrayList<>();
        Map<String, VolumePane> kept = new HashMap<>();
        for (VolumeState volume : getSkinnable().getLocalVolumes()) {
            VolumePane pane = panes.computeIfAbsent(volume.id(), VolumePane::new);
            pane.setVolume(volume);
            pane.setMountPath(mountPath(pod, volume.id()));
            VBox.setVgrow(pane, Priority.ALWAYS);
            kept.put(volume.id(), pane);
            result.add(pane);
        }
        panes.keySet().retainAll(kept.keySet());
        return result;
    }

    static String mountPath(PodState pod, String volumeId) {
        if (pod == null) {
            return "";
        }
        return pod.containers().stream()
                .flatMap(c -> c.mounts().stream())
                .filter(m -> m.volumeId().equals(volumeId))
                .map(MountState::mountPath)
                .findFirst()
                .orElse("");
    }

    private static Region spacer() {
        Region spacer = new Region();
        spacer.getStyleClass().add("replica-spacer");
        VBox.setVgrow(spacer, Priority.SOMETIMES);
        return spacer;
    }

    private VBox upperBox(ContainerState container, boolean named) {
        Drawn layer = drawn.getOrDefault(container.name(), new Drawn(List.of(), List.of()))
                .next(container.upper());
        drawn.put(container.name(), layer);
        VBox upper = new VBox(upperTitle(container, named), FileRows.list(
                FileRows.changedFirst(container.upper(), layer.before()), "", MAX_UPPER_ROWS,
                "empty"));
        upper.getStyleClass().add("upper-box");
        VBox.setVgrow(upper, Priority.ALWAYS);
        upper.pseudoClassStateChanged(ReplicaColumn.READ_ONLY, container.readOnlyRoot());
        upper.getProperties().put(ReplicaColumn.CONTAINER_KEY, container.name());
        return upper;
    }

    private static HBox upperTitle(ContainerState container, boolean named) {
        String text = "writable layer" + (named ? " · " + container.name() : "");
        Label title = new Label(text);
        title.getStyleClass().add("upper-title");
        title.setMinWidth(0);

        HBox row = new HBox(title);
        row.getStyleClass().add("upper-header");
        if (container.readOnlyRoot()) {
            row.getChildren().add(Icons.readOnlyTag());
        }
        return row;
    }

    /** Narrower than its contents rather than wider than its place: labels cut short. */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom,
            double left) {
        return left + right;
    }
}
