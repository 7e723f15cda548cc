package dev.strata.image;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.strata.image.PathIndex.Slot;

/**
 * Wasted bytes and efficiency as dive defines them. Each layer's leaf entries (those with
 * nothing under them in the same layer) are costed per path: a file its size, a whiteout
 * the size of the directory it deletes (a deleted file costs nothing more). A path seen in
 * several layers wastes its total; efficiency is the sum over paths of the smallest cost
 * divided by the sum of all costs. The costs of a path live in its slot; the sums are kept
 * as costs are added, so nothing is left to add up at the end.
 */
final class Efficiency {
    /**
     * What a layer costs on its own: the positions of its leaf entries (the last entry of
     * each path other than a marker, when no other entry of the layer is under it) and the
     * paths it whites out. Worked out where the layer is read, so that only the sums are
     * left for the layers in order.
     */
    record LayerCosts(int[] leaves, List<String> whiteouts) {
        static LayerCosts of(List<Entry> entries) {
            Set<String> parents = new HashSet<>();
            Set<String> seen = new HashSet<>(entries.size() * 4 / 3 + 1);
            Set<String> whiteouts = new HashSet<>();
            String lastParent = "/";
            int[] last = new int[entries.size()];
            int count = 0;
            for (int i = entries.size() - 1; i >= 0; i--) {
                Entry entry = entries.get(i);
                if (entry.kind() == EntryKind.OPAQUE) {
                    continue;
                }
                String parent = Paths.parent(entry.path(), lastParent);
                if (parent != lastParent) {
                    addWithAncestors(parent, parents);
                    lastParent = parent;
                }
                if (entry.kind() == EntryKind.WHITEOUT) {
                    whiteouts.add(entry.path());
                } else if (seen.add(entry.path())) {
                    last[count++] = i;
                }
            }
            int leaves = 0;
            for (int k = 0; k < count; k++) {
                if (!parents.contains(entries.get(last[k]).path())) {
                    last[leaves++] = last[k];
                }
            }
            return new LayerCosts(Arrays.copyOf(last, leaves), List.copyOf(whiteouts));
        }

        private static void addWithAncestors(String directory, Set<String> parents) {
            for (String p = directory; !p.equals("/") && parents.add(p); ) {
                p = Paths.parent(p);
            }
        }
    }

    private long total;
    private long smallest;
    private long wasted;

    /** Adds what storing {@code size} bytes at a slot's path in one more layer costs. */
    void add(Slot slot, long size) {
        total += size;
        if (slot.costSeen == 0) {
            smallest += size;
        } else if (size < slot.costSmallest) {
            smallest -= slot.costSmallest - size;
        }
        slot.costSmallest = slot.costSeen == 0 ? size : Math.min(slot.costSmallest, size);
        slot.costTotal += size;
        slot.costSeen++;
        wasted += slot.costSeen == 2 ? slot.costTotal : slot.costSeen > 2 ? size : 0;
    }

    /** The size of what a whiteout deletes: a directory's subtree, nothing for a file. */
    static long deletedSize(PathIndex below, String path) {
        Entry deleted = below.get(path);
        if (deleted == null || deleted.kind() != EntryKind.DIRECTORY) {
            return 0;
        }
        return deleted.size() + below.sizeUnder(path);
    }

    /** Bytes of every path stored in more than one layer (deletions count as a layer). */
    long wastedBytes() {
        return wasted;
    }

    /** The smallest costs over all costs, 1.0 when there is nothing. */
    double score() {
        return total == 0 ? 1.0 : (double) smallest / total;
    }
}
