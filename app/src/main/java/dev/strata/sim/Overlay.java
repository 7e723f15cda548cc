package dev.strata.sim;

import java.util.Optional;

import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.FsTree.Node;

/**
 * The merged view of an upper layer over the image layers, as overlayfs presents it
 * (kernel docs, filesystems/overlayfs: upper and lower, whiteouts and opaque directories).
 */
final class Overlay {
    /** A path found in the merged view; layer -1 means the upper layer. */
    record Hit(int layer, Node node) {
        static final int UPPER = -1;

        boolean inUpper() {
            return layer == UPPER;
        }
    }

    private Overlay() {
    }

    static Optional<Hit> lookup(FsTree upper, ImageLayers image, String path) {
        if (path.equals(FsPaths.ROOT)) {
            return Optional.of(new Hit(0, new Node(EntryKind.DIRECTORY, 0, false)));
        }
        Optional<Node> top = upper.get(path);
        if (top.isPresent()) {
            return top.get().kind() == EntryKind.WHITEOUT
                    ? Optional.empty() : Optional.of(new Hit(Hit.UPPER, top.get()));
        }
        if (ImageLayers.hidesBelow(upper, path)) {
            return Optional.empty();
        }
        return image.lookup(path).map(h -> new Hit(h.layer(), h.node()));
    }

    /** The lower-layer file or directory that the upper layer would hide, if any. */
    static Optional<ImageLayers.Hit> lower(FsTree upper, ImageLayers image, String path) {
        return ImageLayers.hidesBelow(upper, path) ? Optional.empty() : image.lookup(path);
    }
}
