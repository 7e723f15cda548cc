package dev.strata.image;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        List<Integer> linksToNew = null;
        for (int i = 0; i < slots.length; i++) {
            Entry entry = entries.get(i);
            if (entry.kind().isMarker()) {
                marked.add(entry);
                continue;
            }
            if (entry.kind() == EntryKind.HARDLINK && tree.get(entry.linkTarget()) == null) {
                linksToNew = linksToNew == null ? new ArrayList<>() : linksToNew;
                linksToNew.add(i);
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
        if (linksToNew != null) {
            warnOfLinksBeforeTargets(entries, linksToNew, label);
        }
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

    /** A hard link's target must be in the image by the layer's end; a loop is an error. */
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

    /**
     * Warns of each hard link (among {@code links}, whose targets the layers below lack)
     * that comes before its target in the layer. Docker (moby's pkg/archive) and containerd
     * (archive/tar.go) unpack a layer in order and make a hard link with os.Link to the
     * target already unpacked, so there they fail; read as the spec's changeset, the link
     * stands, as it does here.
     */
    private void warnOfLinksBeforeTargets(List<Entry> entries, List<Integer> links,
            String label) {
        Map<String, Integer> firstAt = new HashMap<>();
        links.forEach(i -> firstAt.put(entries.get(i).linkTarget(), -1));
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Integer first = entry.kind().isMarker() ? null : firstAt.get(entry.path());
            if (first != null && first < 0) {
                firstAt.put(entry.path(), i);
            }
        }
        for (int i : links) {
            Entry link = entries.get(i);
            if (firstAt.get(link.linkTarget()) > i) {
                warnings.add(label + ": hard link " + link.path() + " comes before its target "
                        + link.linkTarget() + " in the layer; Docker and containerd unpack in"
                        + " order and would fail to link it (no such file or directory)");
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
