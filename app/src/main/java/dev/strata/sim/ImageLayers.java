package dev.strata.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.strata.dockerfile.ImagePlan;
import dev.strata.dockerfile.PlannedFile;
import dev.strata.dockerfile.PlannedLayer;
import dev.strata.image.Entry;
import dev.strata.image.Image;
import dev.strata.image.Layer;
import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.ClusterState.LayerState;
import dev.strata.sim.FsTree.Node;

/**
 * The read-only layers of the image, bottom first; layer 0 is the base image. One instance
 * stands for the copy a node pulled; the trees are never modified after construction.
 */
final class ImageLayers {
    /** Directories every Linux base image has (Filesystem Hierarchy Standard). */
    private static final List<String> BASE_DIRECTORIES = List.of(
            "/bin", "/dev", "/etc", "/home", "/lib", "/opt", "/proc", "/root", "/run",
            "/sbin", "/srv", "/sys", "/tmp", "/usr", "/usr/bin", "/usr/lib", "/usr/local",
            "/usr/local/bin", "/var", "/var/cache", "/var/lib", "/var/log", "/var/tmp");

    /** Where a path resolved in the lower layers. */
    record Hit(int layer, Node node) {
    }

    /** A path that layer {@code by} deleted, whose bytes stay in layer {@code in}. */
    record Hidden(int by, int in) {
    }

    private final List<FsTree> trees;
    private final List<LayerState> states;
    private final boolean symlinks;

    private ImageLayers(List<FsTree> trees, List<LayerState> states) {
        this.trees = trees;
        this.states = states;
        this.symlinks = trees.stream().anyMatch(FsTree::mayHoldSymlinks);
    }

    static ImageLayers fromPlan(ImagePlan plan) {
        List<FsTree> trees = new ArrayList<>();
        List<LayerState> states = new ArrayList<>();
        FsTree base = new FsTree();
        BASE_DIRECTORIES.forEach(d -> base.put(d, new Node(EntryKind.DIRECTORY, 0, false)));
        trees.add(base);
        states.add(new LayerState(0, "FROM", "FROM " + plan.base(), 0, false, base.entries()));
        for (PlannedLayer layer : plan.layers()) {
            FsTree tree = treeOf(layer);
            trees.add(tree);
            states.add(new LayerState(layer.index(), layer.instruction(), layer.text(),
                    layer.knownSize(), layer.contentKnown(), tree.entries()));
        }
        return new ImageLayers(List.copyOf(trees), List.copyOf(states));
    }

    /**
     * The layers of a real image, each with its true entries; layers the Dockerfile made are
     * labelled with its instructions, the others with their history.
     */
    static ImageLayers fromImage(Image image, Optional<ImagePlan> plan) {
        LayerMatch match = LayerMatch.of(image.layers(), plan);
        List<FsTree> trees = new ArrayList<>();
        List<LayerState> states = new ArrayList<>();
        for (Layer layer : image.layers()) {
            FsTree tree = treeOf(layer, trees);
            trees.add(tree);
            states.add(stateOf(layer, match, tree));
        }
        return new ImageLayers(List.copyOf(trees), List.copyOf(states));
    }

    private static LayerState stateOf(Layer layer, LayerMatch match, FsTree tree) {
        Optional<PlannedLayer> planned = match.instruction(layer.index());
        String createdBy = layer.createdBy().strip();
        String instruction = planned.map(PlannedLayer::instruction)
                .orElse(match.inBase(layer.index()) ? "FROM" : LayerMatch.keyword(createdBy));
        String text = planned.map(PlannedLayer::text)
                .orElse(createdBy.isEmpty() ? "(no history)" : LayerMatch.display(createdBy));
        return new LayerState(layer.index(), instruction, text, layer.size(), true,
                tree.entries(), Optional.of(new ClusterState.Changes(layer.added(),
                        layer.modified(), layer.removed())));
    }

    /**
     * The tree of a real layer over the layers below it. A hard link is the file it names
     * (its tar entry stores no bytes), so it takes that file's size.
     *
     * <p>A whiteout acts only on the layers below, never on entries of its own layer (OCI
     * image-spec layer.md, whiteouts), whatever their order in the tar: a whiteout of a path
     * that the layer also holds, or holds entries under, leaves this layer's entries and
     * hides only the lower contents, as an opaque directory does.
     */
    private static FsTree treeOf(Layer layer, List<FsTree> below) {
        FsTree tree = new FsTree();
        List<String> whiteouts = new ArrayList<>();
        for (Entry entry : layer.entries()) {
            String path = FsPaths.normalize(entry.path());
            if (path.equals(FsPaths.ROOT)) {
                continue;
            }
            if (entry.kind() == dev.strata.image.EntryKind.WHITEOUT) {
                whiteouts.add(path);
                continue;
            }
            Node node = switch (entry.kind()) {
                case DIRECTORY -> new Node(EntryKind.DIRECTORY, 0, false);
                case OPAQUE -> new Node(EntryKind.OPAQUE_DIRECTORY, 0, false);
                case SYMLINK -> Node.symlink(entry.linkTarget(), false);
                case HARDLINK -> new Node(EntryKind.FILE, linkedSize(entry, tree, below), false);
                default -> new Node(EntryKind.FILE, entry.size(), false);
            };
            boolean keepOpaque = node.kind() == EntryKind.DIRECTORY && tree.get(path)
                    .filter(n -> n.kind() == EntryKind.OPAQUE_DIRECTORY).isPresent();
            if (!keepOpaque) {
                tree.put(path, node);
            }
        }
        for (String path : whiteouts) {
            Optional<Node> own = tree.get(path);
            if (own.isEmpty()) {
                tree.put(path, new Node(tree.subtree(path).isEmpty() ? EntryKind.WHITEOUT
                        : EntryKind.OPAQUE_DIRECTORY, 0, false));
            } else if (own.get().kind() == EntryKind.DIRECTORY) {
                tree.put(path, new Node(EntryKind.OPAQUE_DIRECTORY, 0, false));
            }
        }
        return tree;
    }

    private static long linkedSize(Entry link, FsTree same, List<FsTree> below) {
        String target = FsPaths.normalize(link.linkTarget().isEmpty() ? "/"
                : link.linkTarget());
        Optional<Node> node = same.get(target);
        if (node.isEmpty() && !hidesBelow(same, target)) {
            node = lookup(below, target).map(Hit::node);
        }
        return node.filter(n -> n.kind() == EntryKind.FILE).map(Node::size).orElse(0L);
    }

    private static FsTree treeOf(PlannedLayer layer) {
        FsTree tree = new FsTree();
        for (PlannedFile file : layer.files()) {
            String path = FsPaths.normalize(file.path());
            tree.ensureParents(path, false);
            EntryKind kind = file.directory() ? EntryKind.DIRECTORY : EntryKind.FILE;
            tree.put(path, new Node(kind, Math.max(0, file.size()), false));
        }
        return tree;
    }

    /** True when some layer holds a symbolic link, so paths need resolving through them. */
    boolean hasSymlinks() {
        return symlinks;
    }

    int count() {
        return trees.size();
    }

    /**
     * False when some layer's contents are unknown (the base image or a RUN of a Dockerfile
     * without its built image): a path not found may still be there.
     */
    boolean complete() {
        return states.stream().allMatch(LayerState::contentKnown);
    }

    List<LayerState> states() {
        return states;
    }

    LayerState state(int layer) {
        return states.get(layer);
    }

    /**
     * Looks a path up from the top layer down, honouring whiteouts and opaque directories
     * (OCI image-spec layer.md).
     */
    Optional<Hit> lookup(String path) {
        return lookup(trees, path);
    }

    /** {@link #lookup(String)} in the given layers, bottom first. */
    private static Optional<Hit> lookup(List<FsTree> trees, String path) {
        for (int i = trees.size() - 1; i >= 0; i--) {
            FsTree tree = trees.get(i);
            Optional<Node> node = tree.get(path);
            if (node.isPresent()) {
                return node.get().kind() == EntryKind.WHITEOUT
                        ? Optional.empty() : Optional.of(new Hit(i, node.get()));
            }
            if (hidesBelow(tree, path)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The layer whose whiteout or opaque directory hides {@code path}, and the lower layer
     * that still holds it: a file deleted by a later instruction, whose bytes stay in the
     * image (OCI image-spec layer.md, whiteouts).
     */
    Optional<Hidden> hiddenBy(String path) {
        for (int i = trees.size() - 1; i >= 0; i--) {
            FsTree tree = trees.get(i);
            Optional<Node> node = tree.get(path);
            boolean hides = node.isPresent() && node.get().kind() == EntryKind.WHITEOUT
                    || node.isEmpty() && hidesBelow(tree, path);
            if (node.isPresent() && !hides) {
                return Optional.empty();
            }
            if (hides) {
                int by = i;
                return lookup(trees.subList(0, i), path).map(h -> new Hidden(by, h.layer()));
            }
        }
        return Optional.empty();
    }

    /** True when a layer whites out or makes opaque an ancestor of {@code path}. */
    static boolean hidesBelow(FsTree tree, String path) {
        for (String dir : FsPaths.ancestors(path)) {
            Optional<Node> node = tree.get(dir);
            if (node.isPresent() && (node.get().kind() == EntryKind.WHITEOUT
                    || node.get().kind() == EntryKind.OPAQUE_DIRECTORY)) {
                return true;
            }
        }
        return false;
    }

    /** True when some layer holds entries below {@code dir} (a non-empty lower directory). */
    boolean hasChildren(String dir) {
        return trees.stream().anyMatch(t -> !t.subtree(dir).isEmpty());
    }
}
