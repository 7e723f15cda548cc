package dev.strata.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * One node: a header, its replica columns side by side, and below them the node's single
 * copy of the image layers, which the columns stand on.
 */
final class NodeView extends Region {
    private static final double GAP = 10;

    private final Label header = new Label();
    private final Label empty = new Label("no pods on this node");
    private final LayerStack stack;
    private List<ReplicaColumn> columns = List.of();

    NodeView(int index) {
        stack = new LayerStack(index);
        getStyleClass().add("node-view");
        header.getStyleClass().add("node-header");
        empty.getStyleClass().add("node-empty");
        getChildren().setAll(header, stack);
    }

    LayerStack stack() {
        return stack;
    }

    List<ReplicaColumn> columns() {
        return columns;
    }

    /** How much width this node asks for, relative to the others; never zero. */
    int weight() {
        return columns.size() + 1;
    }

    void show(String title, List<ReplicaColumn> replicaColumns) {
        header.setText(title);
        columns = List.copyOf(replicaColumns);
        getChildren().setAll(header, stack);
        getChildren().addAll(columns.isEmpty() ? List.of(empty) : columns);
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
            empty.resizeRelocate(x, y, w, Math.max(0, h));
            return;
        }
        int n = columns.size();
        double each = Math.max(0, (w - GAP * (n - 1)) / n);
        for (int i = 0; i < n; i++) {
            columns.get(i).resizeRelocate(x + i * (each + GAP), y, each, Math.max(0, h));
        }
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
