package dev.strata.image;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

import dev.strata.image.MergedTree.Node;

/**
 * Wasted bytes and efficiency as dive defines them. Each layer's leaf entries (those with
 * nothing under them in the same layer) are costed per path: a file its size, a whiteout
 * the size of the directory it deletes (a deleted file costs nothing more). A path seen in
 * several layers wastes its total; efficiency is the sum over paths of the smallest cost
 * divided by the sum of all costs.
 */
final class Efficiency {
    /** What one path cost over the layers so far. */
    private static final class Cost {
        long total;
        long smallest = -1;
        int seen;
    }

    private final Map<String, Cost> costs = new HashMap<>();

    /** Costs a layer's entries against the merged tree of the layers below it. */
    void visit(List<Entry> entries, NavigableMap<String, Node> below) {
        Set<String> parents = new HashSet<>();
        Map<String, Entry> files = new LinkedHashMap<>();
        Map<String, Entry> whiteouts = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.kind() != EntryKind.OPAQUE) {
                addAncestors(entry.path(), parents);
                (entry.kind() == EntryKind.WHITEOUT ? whiteouts : files).put(entry.path(), entry);
            }
        }
        files.values().stream().filter(e -> !parents.contains(e.path()))
                .forEach(e -> add(e.path(), e.size()));
        whiteouts.keySet().forEach(path -> add(path, deletedSize(path, below)));
    }

    private static void addAncestors(String path, Set<String> parents) {
        for (String p = Paths.parent(path); !p.equals("/") && parents.add(p); ) {
            p = Paths.parent(p);
        }
    }

    private static long deletedSize(String path, NavigableMap<String, Node> below) {
        Node node = below.get(path);
        if (node == null || node.entry().kind() != EntryKind.DIRECTORY) {
            return 0;
        }
        return node.entry().size() + MergedTree.subtree(below, path).values().stream()
                .mapToLong(n -> n.entry().size()).sum();
    }

    private void add(String path, long size) {
        Cost cost = costs.computeIfAbsent(path, p -> new Cost());
        cost.total += size;
        if (cost.smallest < 0 || size < cost.smallest) {
            cost.smallest = size;
        }
        cost.seen++;
    }

    /** Bytes of every path stored in more than one layer (deletions count as a layer). */
    long wastedBytes() {
        return costs.values().stream().filter(c -> c.seen > 1).mapToLong(c -> c.total).sum();
    }

    /** The smallest costs over all costs, 1.0 when there is nothing. */
    double score() {
        long smallest = costs.values().stream().mapToLong(c -> c.smallest).sum();
        long total = costs.values().stream().mapToLong(c -> c.total).sum();
        return total == 0 ? 1.0 : (double) smallest / total;
    }
}
