package dev.strata.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import dev.strata.sim.ClusterState.EntryKind;
import dev.strata.sim.ClusterState.FileEntry;

/**
 * The entries of one layer, upper layer or volume, keyed by normalised path. Paths are
 * absolute within the tree (a volume's root is {@code /}).
 */
final class FsTree {
    /**
     * One entry.
     *
     * @param target a symbolic link's target as the image stores it, otherwise empty
     */
    record Node(EntryKind kind, long size, boolean copiedUp, String target) {
        Node(EntryKind kind, long size, boolean copiedUp) {
            this(kind, size, copiedUp, "");
        }

        static Node symlink(String target, boolean copiedUp) {
            return new Node(EntryKind.SYMLINK, target.length(), copiedUp, target);
        }

        boolean isDirectory() {
            return kind == EntryKind.DIRECTORY || kind == EntryKind.OPAQUE_DIRECTORY;
        }
    }

    private final NavigableMap<String, Node> nodes = new TreeMap<>();
    private boolean symlinks;

    Optional<Node> get(String path) {
        return Optional.ofNullable(nodes.get(path));
    }

    boolean isEmpty() {
        return nodes.isEmpty();
    }

    void put(String path, Node node) {
        nodes.put(path, node);
        symlinks |= node.kind() == EntryKind.SYMLINK;
    }

    /** False when no symbolic link was ever put here: paths need no link resolution. */
    boolean mayHoldSymlinks() {
        return symlinks;
    }

    /** Adds directories for every missing ancestor of {@code path}. */
    void ensureParents(String path, boolean copiedUp) {
        for (String dir : FsPaths.ancestors(path)) {
            nodes.putIfAbsent(dir, new Node(EntryKind.DIRECTORY, 0, copiedUp));
        }
    }

    /** The nearest ancestor that is not a directory, if any: writing below it is ENOTDIR. */
    Optional<String> fileAncestor(String path) {
        for (String dir : FsPaths.ancestors(path)) {
            Node node = nodes.get(dir);
            if (node != null && !node.isDirectory()) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** Removes {@code path} and everything below it. */
    void removeTree(String path) {
        nodes.remove(path);
        subtree(path).clear();
    }

    /** The entries strictly below {@code dir}, as a live view. */
    NavigableMap<String, Node> subtree(String dir) {
        String prefix = dir.equals(FsPaths.ROOT) ? "/" : dir + "/";
        return nodes.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
    }

    /** Moves {@code from} and everything below it to {@code to}. */
    void move(String from, String to) {
        Map<String, Node> moved = new TreeMap<>();
        Node top = nodes.get(from);
        subtree(from).forEach((p, n) -> moved.put(FsPaths.rebase(p, from, to), n));
        removeTree(from);
        if (top != null) {
            put(to, top);
        }
        moved.forEach(this::put);
    }

    FsTree copy() {
        FsTree copy = new FsTree();
        copy.nodes.putAll(nodes);
        copy.symlinks = symlinks;
        return copy;
    }

    long totalSize() {
        return nodes.values().stream().mapToLong(Node::size).sum();
    }

    List<FileEntry> entries() {
        List<FileEntry> entries = new ArrayList<>(nodes.size());
        nodes.forEach((p, n) -> entries.add(new FileEntry(p, n.size(), n.kind(), n.copiedUp(),
                n.target())));
        return entries;
    }
}
