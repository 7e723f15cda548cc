package dev.strata.ui;

import java.util.Optional;

import javafx.scene.Node;

/**
 * Finds what a click in the picture selects by walking up from the node under the mouse:
 * a file row, a layer band, a replica column or a volume pane, innermost first.
 */
final class SelectionPicker {
    private SelectionPicker() {
    }

    static Optional<Selected> pick(Node target) {
        String path = null;
        String container = "";
        int layer = -1;
        for (Node at = target; at != null; at = at.getParent()) {
            if (path == null && FileRows.pathOf(at) != null) {
                path = FileRows.pathOf(at);
            }
            if (at.getProperties().get(ReplicaColumn.CONTAINER_KEY) instanceof String name) {
                container = name;
            }
            if (layer < 0 && LayerStack.layerOf(at) >= 0) {
                layer = LayerStack.layerOf(at);
            }
            Optional<Selected> holder = holder(at, layer);
            if (holder.isPresent()) {
                return Optional.of(path == null ? holder.get()
                        : new Selected.File(holder.get(), container, path));
            }
        }
        return Optional.empty();
    }

    private static Optional<Selected> holder(Node node, int layer) {
        if (node instanceof VolumePane pane) {
            return Optional.of(new Selected.Volume(pane.getVolumeId()));
        }
        if (node instanceof ReplicaColumn column) {
            return Optional.of(new Selected.Replica(column.getWorkload(), column.getReplica()));
        }
        if (node instanceof LayerStack stack && layer >= 0) {
            return Optional.of(new Selected.Layer(stack.getNode(), layer));
        }
        return Optional.empty();
    }
}
