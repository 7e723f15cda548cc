package dev.strata.image;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.strata.image.LayerReader.RawLayer;
import dev.strata.image.PathIndex.Slot;
import dev.strata.source.InputException;

/**
 * Stacks layers bottom first the way the OCI image spec applies them: in each layer its
 * opaque markers first, then its whiteouts, then its entries, wherever they stand in the
 * tar. Keeps the merged tree and dive's efficiency as it goes.
 */
final class Stacker {
    private static final int MAX_HARD_LINK_HOPS = 64;

    private final PathIndex tree = new PathIndex();
    private final Efficiency efficiency = new Efficiency();
    private final Function<String, InputException> problem;
    private final List<String> warnings = new ArrayList<>();
    private boolean finished;

    Stacker(Function<String, InputException> problem) {
        this.problem = problem;
    }

    /** Puts a layer on top and returns it with each entry's change marked. */
    Layer push(int index, RawLayer raw, String createdBy, String label) {
        if (finished) {
            throw new IllegalStateException("the merged tree was handed over already");
        }
        List<Entry> entries = raw.entries();
        for (String path : raw.costs().whiteouts()) {
            efficiency.add(tree.slot(path), Efficiency.deletedSize(tree, path));
        }
        Slot[] slots = new Slot[entries.size()];
        List<Entry> marked = new ArrayList<>(entries.size());
        int added = 0;
        int modified = 0;
        for (int i = 0; i < slots.length; i++) {
            Entry entry = entries.get(i);
            if (entry.kind().isMarker()) {
                marked.add(entry);
                continue;
            }
            slots[i] = tree.slot(entry.path());
            boolean there = slots[i].visible();
            marked.add(entry.withChange(there ? Change.MODIFIED : Change.ADDED));
            modified += there ? 1 : 0;
            added += there ? 0 : 1;
        }
        for (int leaf : raw.costs().leaves()) {
            efficiency.add(slots[leaf], entries.get(leaf).size());
        }
        int removed = removeOpaque(marked) + removeWhitedOut(marked);
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                put(slots[i], marked.get(i), index);
            }
        }
        checkHardLinks(marked, label);
        return new Layer(index, raw.digest(), raw.diffId(), raw.compressedSize(),
                raw.tarSize(), marked, added, modified, removed, createdBy);
    }

    /** The merged tree of all the layers; no layer can be pushed after this. */
    MergedTree finish() {
        finished = true;
        return tree.toTree();
    }

    Efficiency efficiency() {
        return efficiency;
    }

    List<String> warnings() {
        return warnings;
    }

    private int removeOpaque(List<Entry> entries) {
        int removed = 0;
        for (Entry e : entries) {
            if (e.kind() == EntryKind.OPAQUE) {
                removed += tree.clearUnder(e.path());
            }
        }
        return removed;
    }

    private int removeWhitedOut(List<Entry> entries) {
        int removed = 0;
        for (Entry e : entries) {
            if (e.kind() == EntryKind.WHITEOUT && tree.remove(e.path()) != null) {
                removed += 1 + tree.clearUnder(e.path());
            }
        }
        return removed;
    }

    private void put(Slot slot, Entry entry, int index) {
        tree.implyParents(entry.path(), index);
        Entry old = tree.put(tree.current(slot), entry, index);
        if (old != null && old.kind() == EntryKind.DIRECTORY
                && entry.kind() != EntryKind.DIRECTORY) {
            tree.clearUnder(entry.path());
        }
    }

    /** A hard link's target may come later in its layer; by the layer's end it must exist. */
    private void checkHardLinks(List<Entry> entries, String label) {
        for (Entry e : entries) {
            if (e.kind() != EntryKind.HARDLINK) {
                continue;
            }
            if (tree.get(e.path()) == e) {
                followHardLink(e, label);
            }
        }
    }

    private void followHardLink(Entry link, String label) {
        Set<String> seen = new HashSet<>();
        Entry current = link;
        while (current.kind() == EntryKind.HARDLINK) {
            if (!seen.add(current.path()) || seen.size() > MAX_HARD_LINK_HOPS) {
                throw problem.apply(label + ": hard link loop at " + link.path());
            }
            Entry target = tree.get(current.linkTarget());
            if (target == null) {
                warnings.add(label + ": hard link " + link.path() + " to "
                        + current.linkTarget() + ", which is not in the image");
                return;
            }
            current = target;
        }
    }
}
