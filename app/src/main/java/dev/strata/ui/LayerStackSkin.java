package dev.strata.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import dev.strata.sim.ClusterState.LayerState;

/** A caption, then the bands from the newest layer down to the base image. */
final class LayerStackSkin extends SkinBase<LayerStack> {
    private static final PseudoClass BASE = PseudoClass.getPseudoClass("base");
    private static final PseudoClass UNKNOWN = PseudoClass.getPseudoClass("unknown");
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    private static final int MAX_NAMES = 8;
    /** More bands than this do not fit a node at 720 lines: the middle ones are folded. */
    static final int MAX_BANDS = 7;

    private final VBox box = new VBox();
    /** How many bands the stack is drawn with now: fewer when its height does not fit more. */
    private int bands = MAX_BANDS;

    LayerStackSkin(LayerStack stack) {
        super(stack);
        box.getStyleClass().add("layer-box");
        box.setMinWidth(0);
        getChildren().add(box);
        Clips.toBounds(box);

        registerChangeListener(stack.layersProperty(), o -> rebuild());
        registerChangeListener(stack.sharedByProperty(), o -> rebuild());
        registerChangeListener(stack.highlightedLayerProperty(), o -> updateHighlight());
        rebuild();
    }

    private void rebuild() {
        List<Node> rows = new ArrayList<>();
        rows.add(caption());
        List<List<LayerState>> runs = LayerFolds.of(getSkinnable().getLayers(), bands);
        for (int i = runs.size() - 1; i >= 0; i--) {
            List<LayerState> run = runs.get(i);
            rows.add(run.size() == 1 ? band(run.get(0)) : fold(run));
        }
        box.getChildren().setAll(rows);
        updateHighlight();
    }

    /**
     * The stack asks for room for all its bands; given less, it folds more of its middle
     * layers rather than cut off the base image at the bottom.
     */
    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        int fitting = fittingBands(w, h);
        if (fitting != bands) {
            bands = fitting;
            rebuild();
            box.applyCss();
        }
        super.layoutChildren(x, y, w, h);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom,
            double left) {
        int drawn = LayerFolds.of(getSkinnable().getLayers(), bands).size();
        int wanted = LayerFolds.of(getSkinnable().getLayers(), MAX_BANDS).size();
        double rows = box.prefHeight(width) + (wanted - drawn) * rowHeight(width);
        return top + rows + bottom;
    }

    private int fittingBands(double width, double height) {
        double row = rowHeight(width);
        if (row <= 0 || box.getChildren().isEmpty()) {
            return MAX_BANDS;
        }
        Insets padding = box.getInsets();
        double caption = box.getChildren().get(0).prefHeight(width) + box.getSpacing();
        double room = height - padding.getTop() - padding.getBottom() - caption;
        int fit = (int) Math.floor((room + box.getSpacing()) / row);
        return Math.max(2, Math.min(MAX_BANDS, fit));
    }

    /** The height one band takes, with the gap below it. */
    private double rowHeight(double width) {
        return box.getChildren().size() < 2 ? 0
                : box.getChildren().get(1).prefHeight(width) + box.getSpacing();
    }

    /** Several layers in one band: the base image's, or the middle of a tall stack. */
    private HBox fold(List<LayerState> run) {
        LayerState first = run.get(0);
        LayerState last = run.get(run.size() - 1);
        boolean base = first.index() == 0;
        Label index = new Label(base ? "base" : "L" + first.index() + "–" + last.index());
        index.getStyleClass().add("layer-index");
        index.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(base ? "base image · " + run.size() + " layers"
                : run.size() + " more layers");
        text.getStyleClass().add("layer-text");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        long bytes = run.stream().mapToLong(LayerState::size).sum();
        boolean known = run.stream().allMatch(LayerState::contentKnown);
        Label size = new Label(known ? FileRows.size(bytes) : "partly unknown");
        size.getStyleClass().add("layer-size");
        size.setMinWidth(Region.USE_PREF_SIZE);

        HBox band = new HBox(index, text, size);
        band.getStyleClass().add("layer-band");
        band.pseudoClassStateChanged(BASE, base);
        band.pseudoClassStateChanged(UNKNOWN, !known);
        HBox.setHgrow(text, Priority.ALWAYS);
        LayerStack.markBand(band, first.index(), last.index());
        return band;
    }

    private HBox caption() {
        Label title = new Label("image layers, pulled once on node " + getSkinnable().getNode());
        title.getStyleClass().add("stack-title");
        title.setMinWidth(0);
        Label shared = new Label(sharedText(getSkinnable().getSharedBy()));
        shared.getStyleClass().add("stack-shared");
        shared.setMinWidth(0);

        HBox caption = new HBox(Icons.lock(), title, shared);
        caption.getStyleClass().add("stack-caption");
        HBox.setHgrow(shared, Priority.ALWAYS);
        return caption;
    }

    private static String sharedText(List<Integer> replicas) {
        if (replicas.isEmpty()) {
            return "· read-only";
        }
        String names = Ranges.of(replicas);
        if (replicas.size() == 1) {
            return "· read by replica " + names;
        }
        return names.length() <= MAX_NAMES ? "· shared by replicas " + names
                : "· shared by " + replicas.size() + " replicas";
    }

    private HBox band(LayerState layer) {
        Label index = new Label(layer.index() == 0 ? "base" : "L" + layer.index());
        index.getStyleClass().add("layer-index");
        index.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(instruction(layer));
        text.getStyleClass().add("layer-text");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        Label size = new Label(sizeText(layer));
        size.getStyleClass().add("layer-size");
        size.setMinWidth(layer.contentKnown() ? Region.USE_PREF_SIZE : 0);

        HBox band = new HBox(index, text, size);
        band.getStyleClass().add("layer-band");
        band.pseudoClassStateChanged(BASE, layer.index() == 0);
        band.pseudoClassStateChanged(UNKNOWN, !layer.contentKnown());
        HBox.setHgrow(text, Priority.ALWAYS);
        LayerStack.markBand(band, layer.index(), layer.index());
        return band;
    }

    /** The instruction as written, on one line, whether or not the text repeats its keyword. */
    static String instruction(LayerState layer) {
        String text = layer.text().strip().replaceAll("\\s+", " ");
        if (layer.instruction().equals("FROM") && !text.startsWith("FROM")) {
            return "base image · " + text.replaceFirst("^/bin/sh -c #\\(nop\\)\\s*", "");
        }
        boolean named = text.regionMatches(true, 0, layer.instruction(), 0,
                layer.instruction().length());
        return named ? text : (layer.instruction() + " " + text).strip();
    }

    private static String sizeText(LayerState layer) {
        if (!layer.contentKnown()) {
            return "content unknown until the image is loaded";
        }
        return FileRows.size(layer.size());
    }

    private void updateHighlight() {
        int lit = getSkinnable().highlightedLayerProperty().get();
        for (Node row : box.getChildren()) {
            row.pseudoClassStateChanged(HIGHLIGHTED, lit >= 0
                    && LayerStack.spanOf(row).contains(lit));
        }
    }

    /** Narrower than its contents rather than wider than its place: labels cut short. */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom,
            double left) {
        return left + right;
    }
}
