package dev.strata.image;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The files a container sees at the top of an image: every visible path, each with the
 * entry that put it there and the index of that entry's layer. Paths are absolute; the
 * root itself is not listed.
 */
public final class MergedTree {
    private static final int MAX_SYMLINK_HOPS = 40;

    /** A visible path: the entry that made it and the 0-based layer of that entry. */
    public record Node(Entry entry, int layer) {
    }

    private final NavigableMap<String, Node> nodes;

    private MergedTree(NavigableMap<String, Node> nodes) {
        this.nodes = Collections.unmodifiableNavigableMap(nodes);
    }

    /** A tree over a map that its maker hands over and never changes again; not copied. */
    static MergedTree handedOver(NavigableMap<String, Node> nodes) {
        return new MergedTree(nodes);
    }

    /** The node at exactly this path, links not followed. */
    public Optional<Node> find(String path) {
        return Optional.ofNullable(nodes.get(path));
    }

    /** Every node, sorted by path. */
    public Collection<Node> nodes() {
        return nodes.values();
    }

    public int size() {
        return nodes.size();
    }

    /** The nodes directly or indirectly under a directory, sorted by path. */
    public Collection<Node> under(String directory) {
        return subtree(nodes, directory).values();
    }

    /**
     * The node a path leads to, following symlinks in it (and hard links at the end) as the
     * kernel would, within the image; empty when it leads nowhere or loops.
     */
    public Optional<Node> resolve(String path) {
        String current = path;
        for (int hops = 0; hops <= MAX_SYMLINK_HOPS; hops++) {
            Optional<String> next = step(current);
            if (next.isEmpty()) {
                return find(current).map(this::throughHardLink);
            }
            current = next.get();
        }
        return Optional.empty();
    }

    /** The path with its first symlink component replaced, or empty when it has none. */
    private Optional<String> step(String path) {
        List<String> parts = Paths.split(path);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            prefix.append('/').append(parts.get(i));
            Node node = nodes.get(prefix.toString());
            if (node != null && node.entry().kind() == EntryKind.SYMLINK) {
                String rest = String.join("/", parts.subList(i + 1, parts.size()));
                String base = Paths.parent(prefix.toString());
                String target = node.entry().linkTarget();
                String joined = target.startsWith("/") ? target : base + "/" + target;
                return Optional.of(Paths.clean(rest.isEmpty() ? joined : joined + "/" + rest));
            }
        }
        return Optional.empty();
    }

    private Node throughHardLink(Node node) {
        Node current = node;
        for (int hops = 0; hops < MAX_SYMLINK_HOPS
                && current.entry().kind() == EntryKind.HARDLINK; hops++) {
            Node target = nodes.get(current.entry().linkTarget());
            if (target == null) {
                return current;
            }
            current = target;
        }
        return current;
    }

    static NavigableMap<String, Node> subtree(NavigableMap<String, Node> map, String dir) {
        String prefix = dir.equals("/") ? "/" : dir + "/";
        String end = prefix.substring(0, prefix.length() - 1) + (char) ('/' + 1);
        return map.subMap(prefix, true, end, false);
    }

    /** Every path as a list, for tests and listings. */
    List<String> paths() {
        return new ArrayList<>(nodes.keySet());
    }
}
