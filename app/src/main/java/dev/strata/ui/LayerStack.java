package dev.strata.ui;

import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

import dev.strata.sim.ClusterState.LayerState;

/**
 * The image's read-only layers as one node pulled them: the base image at the bottom, one
 * band per layer above it, shared by every replica on that node.
 */
public final class LayerStack extends Control {
    private static final String LAYER_KEY = "strata.layer";

    private final int node;
    private final ObjectProperty<List<LayerState>> layers =
            new SimpleObjectProperty<>(this, "layers", List.of());
    private final ObjectProperty<List<Integer>> sharedBy =
            new SimpleObjectProperty<>(this, "sharedBy", List.of());
    private final IntegerProperty highlightedLayer =
            new SimpleIntegerProperty(this, "highlightedLayer", -1);

    public LayerStack(int node) {
        this.node = node;
        getStyleClass().add("layer-stack");
    }

    /** The 1-based node whose copy of the image this is. */
    public int getNode() {
        return node;
    }

    public ObjectProperty<List<LayerState>> layersProperty() {
        return layers;
    }

    public List<LayerState> getLayers() {
        return layers.get();
    }

    public void setLayers(List<LayerState> value) {
        if (!value.equals(layers.get())) {
            layers.set(List.copyOf(value));
        }
    }

    /** The replicas on this node, which all read these layers. */
    public ObjectProperty<List<Integer>> sharedByProperty() {
        return sharedBy;
    }

    public List<Integer> getSharedBy() {
        return sharedBy.get();
    }

    public void setSharedBy(List<Integer> value) {
        if (!value.equals(sharedBy.get())) {
            sharedBy.set(List.copyOf(value));
        }
    }

    /** The layer drawn as the source of a read or copy-up, or -1. */
    public IntegerProperty highlightedLayerProperty() {
        return highlightedLayer;
    }

    public void setHighlightedLayer(int value) {
        highlightedLayer.set(value);
    }

    /** The band drawing layer {@code index} (alone or folded with others), once drawn. */
    public Node band(int index) {
        return lookupAll(".layer-band").stream()
                .filter(n -> spanOf(n).contains(index))
                .findFirst()
                .orElse(null);
    }

    /** The layers a band stands for: one, or a run folded into one band. */
    record Span(int from, int to) {
        static final Span NONE = new Span(-1, -2);

        boolean contains(int layer) {
            return layer >= from && layer <= to;
        }
    }

    /** The (lowest) layer a band stands for, or -1 for any other node. */
    static int layerOf(Node node) {
        return spanOf(node).from();
    }

    static Span spanOf(Node node) {
        return node.getProperties().get(LAYER_KEY) instanceof Span span ? span : Span.NONE;
    }

    static void markBand(Node band, int from, int to) {
        band.getProperties().put(LAYER_KEY, new Span(from, to));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LayerStackSkin(this);
    }
}
