package dev.strata.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

import dev.strata.sim.ClusterState;
import dev.strata.sim.ClusterState.NodeState;
import dev.strata.sim.ClusterState.Phase;
import dev.strata.sim.ClusterState.PodState;
import dev.strata.sim.ClusterState.VolumeState;
import dev.strata.sim.Lands;

/**
 * The cluster: nodes side by side, and above them one pane per volume that several replicas
 * (or a claim) share, spanning exactly the columns of the replicas that mount it.
 */
final class ClusterView extends Region {
    /** The property key under which a tile or column stores its replica's key. */
    static final String KEY = "strata.replica";
    private static final double GAP = 14;
    private static final double MAX_BAND_SHARE = 0.34;
    private static final Set<Lands> ALWAYS_SHARED = Set.of(Lands.PVC, Lands.HOST_PATH);

    private final Map<Integer, NodeView> nodes = new LinkedHashMap<>();
    private final Map<String, ReplicaColumn> columns = new HashMap<>();
    private final Map<String, VolumePane> sharedPanes = new LinkedHashMap<>();
    private final Map<String, List<String>> spans = new HashMap<>();
    private final Map<String, List<Line>> ties = new HashMap<>();
    private Map<String, List<Line>> reusable = Map.of();
    private Set<String> focus = Set.of();
    /** How far below the top the nodes stood at the last layout: the shared band above them. */
    private double bandOffset;

    ClusterView() {
        getStyleClass().add("cluster-view");
    }

    /**
     * Shows the state at once: controls are reused by node, replica and volume id.
     *
     * @param inFocus keys ({@link #key}) of replicas that keep a full column however many
     *     replicas there are, e.g. the one acting in the step
     */
    void show(ClusterState state, Set<String> inFocus) {
        focus = Set.copyOf(inFocus);
        Map<String, List<PodState>> mounters = mounters(state);
        showNodes(state, mounters);
        showSharedVolumes(state, mounters);

        List<Node> children = new ArrayList<>();
        ties.values().forEach(children::addAll);
        children.addAll(nodes.values());
        children.addAll(sharedPanes.values());
        if (!children.equals(getChildren())) {
            getChildren().setAll(children);
        }
    }

    /** The columns of the replicas with those keys, or their groups' tiles when grouped. */
    List<Node> replicaNodes(Set<String> keys) {
        List<Node> found = new ArrayList<>();
        for (NodeView node : nodes.values()) {
            node.columns().stream()
                    .filter(c -> keys.contains(key(c.getWorkload(), c.getReplica())))
                    .filter(c -> c.getParent() == node)
                    .forEach(found::add);
            node.group().lookupAll(".replica-tile").stream()
                    .filter(t -> keys.contains(t.getProperties().get(KEY)))
                    .forEach(found::add);
        }
        return found;
    }

    /** The panes in the shared band that the column's pod mounts. */
    List<VolumePane> sharedPanesOf(ReplicaColumn column) {
        String key = key(column.getWorkload(), column.getReplica());
        return sharedPanes.values().stream()
                .filter(p -> spans.getOrDefault(p.getVolumeId(), List.of()).contains(key))
                .toList();
    }

    /** The node view whose columns include this one, or null. */
    private NodeView nodeOf(ReplicaColumn column) {
        if (column == null) {
            return null;
        }
        return nodes.values().stream()
                .filter(n -> n.columns().contains(column))
                .findFirst()
                .orElse(null);
    }

    ReplicaColumn column(String workload, int replica) {
        return columns.get(key(workload, replica));
    }

    LayerStack stack(int node) {
        NodeView view = nodes.get(node);
        return view == null ? null : view.stack();
    }

    /** The pane drawing a volume instance, in the shared band or in a column, or null. */
    VolumePane volumePane(String volumeId) {
        VolumePane shared = sharedPanes.get(volumeId);
        if (shared != null) {
            return shared;
        }
        return lookupAll(".volume-pane").stream()
                .filter(n -> n instanceof VolumePane p && p.getVolumeId().equals(volumeId))
                .map(VolumePane.class::cast)
                .findFirst()
                .orElse(null);
    }

    private static Map<String, List<PodState>> mounters(ClusterState state) {
        Map<String, List<PodState>> byVolume = new HashMap<>();
        for (PodState pod : state.pods()) {
            pod.containers().stream()
                    .flatMap(c -> c.mounts().stream())
                    .map(m -> m.volumeId())
                    .distinct()
                    .forEach(id -> byVolume.computeIfAbsent(id, k -> new ArrayList<>()).add(pod));
        }
        return byVolume;
    }

    private static boolean isLocal(VolumeState volume, Map<String, List<PodState>> mounters) {
        return !ALWAYS_SHARED.contains(volume.kind())
                && mounters.getOrDefault(volume.id(), List.of()).size() == 1;
    }

    private void showNodes(ClusterState state, Map<String, List<PodState>> mounters) {
        Map<Integer, NodeView> kept = new LinkedHashMap<>();
        Map<String, ReplicaColumn> keptColumns = new HashMap<>();
        for (NodeState node : state.nodes()) {
            NodeView view = nodes.computeIfAbsent(node.index(), NodeView::new);
            List<ReplicaColumn> nodeColumns = new ArrayList<>();
            for (PodState pod : node.pods()) {
                ReplicaColumn column = showPod(state, pod, mounters);
                keptColumns.put(key(pod.workload(), pod.replica()), column);
                nodeColumns.add(column);
            }
            showNode(view, node, nodeColumns);
            kept.put(node.index(), view);
        }
        replace(nodes, kept);
        replace(columns, keptColumns);
    }

    private void showNode(NodeView view, NodeState node, List<ReplicaColumn> nodeColumns) {
        view.stack().setLayers(node.layers());
        view.stack().setSharedBy(node.pods().stream()
                .filter(p -> p.phase() == Phase.RUNNING)
                .map(PodState::replica)
                .toList());
        Set<String> withFiles = nodeColumns.stream()
                .filter(ClusterView::holdsFiles)
                .map(c -> key(c.getWorkload(), c.getReplica()))
                .collect(Collectors.toSet());
        view.show("node " + node.index() + " · " + node.name(), nodeColumns, focus, withFiles);
    }

    /** True when the replica differs from a fresh one: files, or a restart. */
    private static boolean holdsFiles(ReplicaColumn column) {
        PodState pod = column.getPod();
        boolean upper = pod != null && pod.containers().stream()
                .anyMatch(c -> !c.upper().isEmpty() || c.restarts() > 0);
        return upper || column.getLocalVolumes().stream().anyMatch(v -> !v.files().isEmpty());
    }

    private ReplicaColumn showPod(
            ClusterState state, PodState pod, Map<String, List<PodState>> mounters) {
        ReplicaColumn column = columns.computeIfAbsent(key(pod.workload(), pod.replica()),
                k -> new ReplicaColumn(pod.workload(), pod.replica()));
        column.setPod(pod);
        column.setLocalVolumes(state.volumes().stream()
                .filter(v -> isLocal(v, mounters))
                .filter(v -> mounters.get(v.id()).get(0).equals(pod))
                .toList());
        return column;
    }

    private void showSharedVolumes(ClusterState state, Map<String, List<PodState>> mounters) {
        Map<String, VolumePane> kept = new LinkedHashMap<>();
        spans.clear();
        Map<String, List<Line>> oldTies = new HashMap<>(ties);
        ties.clear();
        reusable = oldTies;
        for (VolumeState volume : state.volumes()) {
            if (isLocal(volume, mounters)) {
                continue;
            }
            List<PodState> pods =
                    spanned(volume, mounters.getOrDefault(volume.id(), List.of()));
            VolumePane pane = sharedPanes.computeIfAbsent(volume.id(), VolumePane::new);
            pane.setVolume(volume);
            pane.setMountPath(pods.isEmpty() ? "" : ReplicaColumnSkin.mountPath(
                    pods.get(0), volume.id()));
            spans.put(volume.id(),
                    pods.stream().map(p -> key(p.workload(), p.replica())).toList());
            ties.put(volume.id(), ties(volume, pods.size()));
            kept.put(volume.id(), pane);
        }
        replace(sharedPanes, kept);
    }

    /** The mounting pods that use the volume now (e.g. not one stuck on Multi-Attach). */
    private static List<PodState> spanned(VolumeState volume, List<PodState> mounters) {
        List<PodState> using = mounters.stream()
                .filter(p -> volume.replicas().contains(p.replica()))
                .toList();
        return using.isEmpty() ? mounters : using;
    }

    /** {@code count} ties for the volume, reusing the lines it had. */
    private List<Line> ties(VolumeState volume, int count) {
        List<Line> lines = new ArrayList<>(reusable.getOrDefault(volume.id(), List.of()));
        while (lines.size() > count) {
            lines.remove(lines.size() - 1);
        }
        while (lines.size() < count) {
            lines.add(tie(volume));
        }
        return lines;
    }

    private static Line tie(VolumeState volume) {
        Line line = new Line();
        line.getStyleClass().add("mount-tie");
        line.setManaged(false);
        line.setMouseTransparent(true);
        line.pseudoClassStateChanged(PseudoClass.getPseudoClass(
                volume.kind().jsonName().toLowerCase(Locale.ROOT)), true);
        return line;
    }

    private static <K, V> void replace(Map<K, V> target, Map<K, V> source) {
        target.clear();
        target.putAll(source);
    }

    static String key(String workload, int replica) {
        return workload + "#" + replica;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());

        // The nodes go where they went last time, so that a layout that changes nothing
        // resizes nothing: a node resized back and forth is redrawn at every pulse.
        layoutNodes(x, y + bandOffset, w, h - bandOffset);
        List<List<Span>> rows = rows(x, w);
        double band = layoutBand(rows, y, h * MAX_BAND_SHARE);
        double offset = band > 0 ? band + GAP : 0;
        if (offset != bandOffset) {
            bandOffset = offset;
            layoutNodes(x, y + offset, w, h - offset);
        }
        layoutTies();
    }

    /** A dashed line from each shared pane down to the header of each column mounting it. */
    private void layoutTies() {
        for (VolumePane pane : sharedPanes.values()) {
            List<String> keys = spans.getOrDefault(pane.getVolumeId(), List.of());
            List<Line> lines = ties.getOrDefault(pane.getVolumeId(), List.of());
            for (int i = 0; i < Math.min(keys.size(), lines.size()); i++) {
                layoutTie(lines.get(i), pane, columns.get(keys.get(i)));
            }
        }
    }

    private void layoutTie(Line line, VolumePane pane, ReplicaColumn column) {
        NodeView node = nodeOf(column);
        line.setVisible(node != null);
        if (node != null) {
            Node slot = node.slotOf(column);
            double cx = node.getLayoutX() + slot.getLayoutX() + slot.getLayoutBounds().getWidth()
                    / 2;
            line.setStartX(cx);
            line.setEndX(cx);
            line.setStartY(pane.getLayoutY() + pane.getHeight());
            line.setEndY(node.getLayoutY() + slot.getLayoutY());
        }
    }

    private void layoutNodes(double x, double y, double w, double h) {
        int total = nodes.values().stream().mapToInt(NodeView::weight).sum();
        double usable = Math.max(0, w - GAP * Math.max(0, nodes.size() - 1));
        double at = x;
        for (NodeView node : nodes.values()) {
            double share = total == 0 ? 0 : usable * node.weight() / total;
            node.resizeRelocate(at, y, share, Math.max(0, h));
            node.layout();
            at += share + GAP;
        }
    }

    /** A shared pane with the horizontal extent of the columns it spans. */
    private record Span(VolumePane pane, double from, double to) {
    }

    private List<List<Span>> rows(double x, double w) {
        List<List<Span>> rows = new ArrayList<>();
        for (VolumePane pane : sharedPanes.values()) {
            Span span = span(pane, x, w);
            List<Span> row = rows.stream()
                    .filter(r -> r.stream().allMatch(s -> s.to() + GAP <= span.from()
                            || span.to() + GAP <= s.from()))
                    .findFirst()
                    .orElseGet(() -> {
                        List<Span> fresh = new ArrayList<>();
                        rows.add(fresh);
                        return fresh;
                    });
            row.add(span);
        }
        return rows;
    }

    private Span span(VolumePane pane, double x, double w) {
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        for (String key : spans.getOrDefault(pane.getVolumeId(), List.of())) {
            ReplicaColumn column = columns.get(key);
            NodeView node = nodeOf(column);
            if (node != null) {
                Node slot = node.slotOf(column);
                double left = node.getLayoutX() + slot.getLayoutX();
                from = Math.min(from, left);
                to = Math.max(to, left + slot.getLayoutBounds().getWidth());
            }
        }
        return from <= to ? new Span(pane, from, to) : new Span(pane, x, x + w);
    }

    private double layoutBand(List<List<Span>> rows, double y, double max) {
        double at = y;
        for (List<Span> row : rows) {
            double rowH = row.stream()
                    .mapToDouble(s -> s.pane().prefHeight(s.to() - s.from()))
                    .max()
                    .orElse(0);
            rowH = Math.min(rowH, Math.max(0, y + max - at));
            for (Span s : row) {
                s.pane().resizeRelocate(s.from(), at, s.to() - s.from(), rowH);
            }
            at += rowH + GAP;
        }
        return rows.isEmpty() ? 0 : at - GAP - y;
    }
}
