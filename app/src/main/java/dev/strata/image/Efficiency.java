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
            Set<PathKey> parents = new HashSet<>();
            Set<String> seen = new HashSet<>(entries.size() * 4 / 3 + 1);
            Set<String> whiteouts = new HashSet<>();
            PathKey lastParent = null;
            int[] last = new int[entries.size()];
            int count = 0;
            for (int i = entries.size() - 1; i >= 0; i--) {
                Entry entry = entries.get(i);
                if (entry.kind() == EntryKind.OPAQUE) {
                    continue;
                }
                String path = entry.path();
                int slash = path.lastIndexOf('/');
                if (slash > 0 && (lastParent == null || lastParent.length != slash
                        || !path.regionMatches(0, lastParent.source, 0, slash))) {
                    lastParent = addWithAncestors(path, parents);
                }
                if (entry.kind() == EntryKind.WHITEOUT) {
                    whiteouts.add(path);
                } else if (seen.add(path)) {
                    last[count++] = i;
                }
            }
            int leaves = 0;
            PathKey.Probe probe = new PathKey.Probe();
            for (int k = 0; k < count; k++) {
                if (!parents.contains(probe.of(entries.get(last[k]).path()))) {
                    last[leaves++] = last[k];
                }
            }
            return new LayerCosts(Arrays.copyOf(last, leaves), List.copyOf(whiteouts));
        }

        /** Adds the directories above a path, deepest first, and returns its parent's key. */
        private static PathKey addWithAncestors(String path, Set<PathKey> parents) {
            PathKey[] above = PathKey.ancestors(path);
            for (int k = above.length - 1; k >= 0 && parents.add(above[k]); k--) {
                // the ones above a directory already there are there too
            }
            return above[above.length - 1];
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
