package dev.strata.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import dev.strata.sim.ClusterState.Phase;

/**
 * One node: a header, its replica columns side by side, and below them the node's single
 * copy of the image layers, which the columns stand on. When the columns would be too narrow
 * to read, the replicas in focus, waiting or holding files keep a column each and the others
 * become tiles in one {@link ReplicaGroup}.
 */
final class NodeView extends Region {
    private static final double GAP = 10;
    /** The narrowest readable column, in multiples of the font size. */
    private static final double MIN_COLUMN_EMS = 8;
    /** How wide the group of tiles is, in multiples of the font size. */
    private static final double GROUP_EMS = 7.5;
    /** The share of height the columns keep when the tiles go below them. */
    private static final double STACKED_SHARE = 0.62;

    private final Label header = new Label();
    private final Label empty = new Label("no pods on this node");
    private final LayerStack stack;
    private final ReplicaGroup group = new ReplicaGroup();
    private List<ReplicaColumn> columns = List.of();
    private Set<String> focus = Set.of();
    private Set<String> changed = Set.of();

    NodeView(int index) {
        stack = new LayerStack(index);
        getStyleClass().add("node-view");
        header.getStyleClass().add("node-header");
        header.setMinWidth(0);
        empty.getStyleClass().add("node-empty");
        empty.setWrapText(true);
        getChildren().setAll(header, stack, group);
    }

    LayerStack stack() {
        return stack;
    }

    List<ReplicaColumn> columns() {
        return columns;
    }

    ReplicaGroup group() {
        return group;
    }

    /** How much width this node asks for, relative to the others; never zero. */
    int weight() {
        return columns.size() + 1;
    }

    /**
     * Shows the node's columns.
     *
     * @param inFocus keys of replicas that must keep a full column, e.g. the one acting
     * @param withFiles keys of replicas whose writable layers or own volumes hold files
     */
    void show(String title, List<ReplicaColumn> replicaColumns, Set<String> inFocus,
            Set<String> withFiles) {
        header.setText(title);
        columns = List.copyOf(replicaColumns);
        focus = Set.copyOf(inFocus);
        changed = Set.copyOf(withFiles);
        Node last = columns.isEmpty() ? empty : group;
        Node gone = columns.isEmpty() ? group : empty;
        getChildren().remove(gone);
        getChildren().removeIf(n -> n instanceof ReplicaColumn c && !columns.contains(c));
        if (!getChildren().contains(last)) {
            getChildren().add(last);
        }
    }

    /** What stands for the column on screen: the column, or the group holding its tile. */
    Node slotOf(ReplicaColumn column) {
        return column.getParent() == this ? column : group;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double top = in.getTop();
        double bottom = getHeight() - in.getBottom();

        double headerH = header.prefHeight(w);
        header.resizeRelocate(x, top, w, headerH);
        double stackH = Math.min(stack.prefHeight(w), Math.max(0, bottom - top - headerH) / 2);
        stack.resizeRelocate(x, bottom - stackH, w, stackH);
        layoutColumns(x, top + headerH + GAP / 2, w, bottom - stackH - top - headerH - GAP / 2);
    }

    private void layoutColumns(double x, double y, double w, double h) {
        if (columns.isEmpty()) {
            group.setVisible(false);
            empty.resizeRelocate(x, y, w, Math.max(0, h));
            return;
        }
        double em = header.getFont().getSize();
        double min = MIN_COLUMN_EMS * em;
        boolean all = columns.size() <= fit(w, min);
        double groupW = all ? 0 : Math.min(GROUP_EMS * em, w / 2);
        List<ReplicaColumn> full = all ? columns : notable(fit(w - groupW - GAP, min));
        List<ReplicaColumn> grouped = new ArrayList<>(columns);
        grouped.removeAll(full);
        showOnly(full);
        group.setVisible(!grouped.isEmpty());
        group.setTiles(grouped.stream().map(this::tile).toList());

        if (!grouped.isEmpty() && !full.isEmpty() && w - groupW - GAP < min * full.size()) {
            layoutStacked(full, x, y, w, h);
            return;
        }
        double room = grouped.isEmpty() ? w : w - groupW - GAP;
        layoutRow(full, x, y, room, h);
        double groupX = full.isEmpty() ? x : x + room + GAP;
        group.resizeRelocate(groupX, y, full.isEmpty() ? w : groupW, Math.max(0, h));
    }

    /** Only full columns are children: grouped ones cost no styling or layout. */
    private void showOnly(List<ReplicaColumn> full) {
        getChildren().removeIf(n -> n instanceof ReplicaColumn c && !full.contains(c));
        for (ReplicaColumn column : full) {
            column.setVisible(true);
            if (column.getParent() != this) {
                getChildren().add(column);
            }
        }
        columns.stream().filter(c -> !full.contains(c)).forEach(c -> c.setVisible(false));
    }

    /** Too narrow for columns and tiles side by side: the columns above, the tiles below. */
    private void layoutStacked(List<ReplicaColumn> full, double x, double y, double w,
            double h) {
        double columnsH = Math.max(0, h * STACKED_SHARE - GAP / 2);
        layoutRow(full, x, y, w, columnsH);
        group.resizeRelocate(x, y + columnsH + GAP, w, Math.max(0, h - columnsH - GAP));
    }

    private static void layoutRow(List<ReplicaColumn> row, double x, double y, double w,
            double h) {
        int n = row.size();
        double each = n == 0 ? 0 : Math.max(0, (w - GAP * (n - 1)) / n);
        for (int i = 0; i < n; i++) {
            row.get(i).resizeRelocate(x + i * (each + GAP), y, each, Math.max(0, h));
        }
    }

    private static int fit(double w, double min) {
        return (int) Math.max(0, Math.floor((w + GAP) / (min + GAP)));
    }

    /** The {@code count} most notable columns (at least those in focus), in replica order. */
    private List<ReplicaColumn> notable(int count) {
        List<ReplicaColumn> ranked = new ArrayList<>(columns);
        ranked.sort(Comparator.comparingInt(this::rank));
        long inFocus = columns.stream().filter(c -> focus.contains(key(c))).count();
        int keep = (int) Math.min(ranked.size(), Math.max(count, inFocus));
        List<ReplicaColumn> kept = ranked.subList(0, keep);
        return columns.stream().filter(kept::contains).toList();
    }

    /** 0 in focus, 1 waiting, 2 holding files, 3 untouched. */
    private int rank(ReplicaColumn column) {
        String key = key(column);
        if (focus.contains(key)) {
            return 0;
        }
        if (isPending(column)) {
            return 1;
        }
        return changed.contains(key) ? 2 : 3;
    }

    private ReplicaGroup.Tile tile(ReplicaColumn column) {
        String key = key(column);
        return new ReplicaGroup.Tile(key, column.getReplica(), changed.contains(key),
                isPending(column));
    }

    private static boolean isPending(ReplicaColumn column) {
        return column.getPod() != null && column.getPod().phase() == Phase.PENDING;
    }

    private static String key(ReplicaColumn column) {
        return ClusterView.key(column.getWorkload(), column.getReplica());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 300;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
