package dev.strata.image;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
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

    private final Entry[] entries;
    private final String[] sources;
    private final int[] lengths;
    private final int[] layers;
    private final List<Node> nodes = new AbstractList<>() {
        @Override
        public Node get(int i) {
            Entry entry = entries[i];
            return new Node(sources[i] == entry.path() ? entry : entry.withPath(path(i)),
                    layers[i]);
        }

        @Override
        public int size() {
            return entries.length;
        }
    };

    private MergedTree(Entry[] entries, String[] sources, int[] lengths, int[] layers) {
        this.entries = entries;
        this.sources = sources;
        this.lengths = lengths;
        this.layers = layers;
    }

    /**
     * A tree over entries in tree order and their layers, which its maker hands over; not
     * copied. The path of node i is the first {@code lengths[i]} characters of
     * {@code sources[i]}; when {@code sources[i]} is not the entry's own path string, the
     * entry stands for a directory at that path (an implied one, which keeps no string of
     * its own). The nodes are made as they are asked for, which saves an object per path.
     */
    static MergedTree of(Entry[] entries, String[] sources, int[] lengths, int[] layers) {
        return new MergedTree(entries, sources, lengths, layers);
    }

    private String path(int i) {
        return lengths[i] == sources[i].length() ? sources[i] : sources[i].substring(0, lengths[i]);
    }

    /** The node at exactly this path, links not followed. */
    public Optional<Node> find(String path) {
        return Optional.ofNullable(get(path));
    }

    private Node get(String path) {
        int i = firstAtOrAfter(path);
        return i < entries.length && lengths[i] == path.length()
                && path.regionMatches(0, sources[i], 0, lengths[i]) ? nodes.get(i) : null;
    }

    /** Every node in tree order: each directory followed by what is under it. */
    public List<Node> nodes() {
        return nodes;
    }

    public int size() {
        return entries.length;
    }

    /** The nodes directly or indirectly under a directory, in tree order. */
    public List<Node> under(String directory) {
        if (directory.equals("/")) {
            return nodes();
        }
        String prefix = directory + "/";
        int first = firstAtOrAfter(prefix);
        int low = first;
        int high = entries.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (lengths[middle] > prefix.length() && sources[middle].startsWith(prefix)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return nodes().subList(first, low);
    }

    /** The index of the first node at or after {@code path} in tree order. */
    private int firstAtOrAfter(String path) {
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Paths.compareInTree(sources[middle], lengths[middle], path) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
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
            Node node = get(prefix.toString());
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
            Node target = get(current.entry().linkTarget());
            if (target == null) {
                return current;
            }
            current = target;
        }
        return current;
    }

    /** Every path as a list, for tests and listings. */
    List<String> paths() {
        List<String> paths = new ArrayList<>(entries.length);
        for (int i = 0; i < entries.length; i++) {
            paths.add(path(i));
        }
        return paths;
    }
}
