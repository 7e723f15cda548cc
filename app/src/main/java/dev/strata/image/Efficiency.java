package dev.strata.image;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wasted bytes and efficiency as dive defines them. Each layer's leaf entries (those with
 * nothing under them in the same layer) are costed per path: a file its size, a whiteout
 * the size of the directory it deletes (a deleted file costs nothing more). A path seen in
 * several layers wastes its total; efficiency is the sum over paths of the smallest cost
 * divided by the sum of all costs.
 */
final class Efficiency {
    /**
     * What a layer costs on its own: its leaf entries other than markers (the last of each
     * path) and the paths it whites out. Worked out where the layer is read, so that only
     * the sums are left for the layers in order.
     */
    record LayerCosts(List<Entry> leaves, List<String> whiteouts) {
        static LayerCosts of(List<Entry> entries) {
            Set<String> parents = new HashSet<>();
            Map<String, Entry> files = new LinkedHashMap<>();
            Set<String> whiteouts = new LinkedHashSet<>();
            String lastParent = "/";
            for (Entry entry : entries) {
                if (entry.kind() == EntryKind.OPAQUE) {
                    continue;
                }
                String parent = Paths.parent(entry.path());
                if (!parent.equals(lastParent)) {
                    addWithAncestors(parent, parents);
                    lastParent = parent;
                }
                if (entry.kind() == EntryKind.WHITEOUT) {
                    whiteouts.add(entry.path());
                } else {
                    files.put(entry.path(), entry);
                }
            }
            List<Entry> leaves = new ArrayList<>(files.size());
            for (Entry file : files.values()) {
                if (!parents.contains(file.path())) {
                    leaves.add(file);
                }
            }
            return new LayerCosts(leaves, List.copyOf(whiteouts));
        }

        private static void addWithAncestors(String directory, Set<String> parents) {
            for (String p = directory; !p.equals("/") && parents.add(p); ) {
                p = Paths.parent(p);
            }
        }
    }

    private final PathIndex paths;

    /** Efficiency kept in the slots of the paths the layers name. */
    Efficiency(PathIndex paths) {
        this.paths = paths;
    }

    /** Adds a layer's costs, its whiteouts costed against the layers below it. */
    void visit(LayerCosts layer) {
        for (Entry leaf : layer.leaves()) {
            add(leaf.path(), leaf.size());
        }
        for (String path : layer.whiteouts()) {
            add(path, deletedSize(path));
        }
    }

    private long deletedSize(String path) {
        Entry deleted = paths.get(path);
        if (deleted == null || deleted.kind() != EntryKind.DIRECTORY) {
            return 0;
        }
        return deleted.size() + paths.sizeUnder(path);
    }

    private void add(String path, long size) {
        PathIndex.Slot cost = paths.slot(path);
        cost.costTotal += size;
        if (cost.costSmallest < 0 || size < cost.costSmallest) {
            cost.costSmallest = size;
        }
        cost.costSeen++;
    }

    /** Bytes of every path stored in more than one layer (deletions count as a layer). */
    long wastedBytes() {
        long wasted = 0;
        for (PathIndex.Slot slot : paths.slots()) {
            wasted += slot.costSeen > 1 ? slot.costTotal : 0;
        }
        return wasted;
    }

    /** The smallest costs over all costs, 1.0 when there is nothing. */
    double score() {
        long smallest = 0;
        long total = 0;
        for (PathIndex.Slot slot : paths.slots()) {
            if (slot.costSeen > 0) {
                smallest += slot.costSmallest;
                total += slot.costTotal;
            }
        }
        return total == 0 ? 1.0 : (double) smallest / total;
    }
}
