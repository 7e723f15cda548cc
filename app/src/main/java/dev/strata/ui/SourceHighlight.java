package dev.strata.ui;

import java.util.Optional;

import javafx.scene.Node;

import dev.strata.sim.ClusterState;
import dev.strata.sim.ClusterState.PodState;
import dev.strata.sim.Lands;
import dev.strata.sim.Place;

/** Lights up, in the picture, the place a file of a replica's tree comes from. */
final class SourceHighlight {
    private final ClusterView cluster;
    private Node lit;
    private LayerStack stack;

    SourceHighlight(ClusterView cluster) {
        this.cluster = cluster;
    }

    /** Lights the layer band, writable layer or volume pane the bytes come from. */
    void light(ClusterState state, String workload, int replica, Place from) {
        clear();
        Optional<PodState> pod = state.pods().stream()
                .filter(p -> p.workload().equals(workload) && p.replica() == replica)
                .findFirst();
        if (pod.isEmpty()) {
            return;
        }
        if (from.lands() == Lands.IMAGE) {
            stack = cluster.stack(pod.get().node());
            if (stack != null) {
                stack.setHighlightedLayer(from.layer());
            }
        } else if (from.lands() == Lands.UPPER) {
            ReplicaColumn column = cluster.column(workload, replica);
            lightNode(column == null ? null : column.upperBox(
                    pod.get().containers().get(0).name()));
        } else if (!from.volumeId().isEmpty()) {
            lightNode(cluster.volumePane(from.volumeId()));
        }
    }

    void clear() {
        if (lit != null) {
            lit.pseudoClassStateChanged(PacketAnimator.LIT, false);
            lit = null;
        }
        if (stack != null) {
            stack.setHighlightedLayer(-1);
            stack = null;
        }
    }

    private void lightNode(Node node) {
        if (node != null) {
            node.pseudoClassStateChanged(PacketAnimator.LIT, true);
            lit = node;
        }
    }
}
