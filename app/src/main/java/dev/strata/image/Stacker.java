package dev.strata.image;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import dev.strata.image.LayerReader.RawLayer;
import dev.strata.image.MergedTree.Node;
import dev.strata.source.InputException;

/**
 * Stacks layers bottom first the way the OCI image spec applies them: in each layer its
 * opaque markers first, then its whiteouts, then its entries, wherever they stand in the
 * tar. Keeps the merged tree and dive's efficiency as it goes.
 */
final class Stacker {
    private static final int MAX_HARD_LINK_HOPS = 64;
    private static final int DIRECTORY_MODE = 0755;

    private final NavigableMap<String, Node> tree = new TreeMap<>();
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
        efficiency.visit(raw.entries(), tree);
        List<Entry> marked = raw.entries().stream().map(this::mark).toList();
        int removed = removeOpaque(marked) + removeWhitedOut(marked);

        marked.stream().filter(e -> !e.kind().isMarker()).forEach(e -> put(e, index));
        checkHardLinks(marked, label);
        int added = count(marked, Change.ADDED);
        int modified = count(marked, Change.MODIFIED);
        return new Layer(index, raw.digest(), raw.diffId(), raw.compressedSize(),
                raw.tarSize(), marked, added, modified, removed, createdBy);
    }

    /** The merged tree of all the layers; no layer can be pushed after this. */
    MergedTree finish() {
        finished = true;
        return MergedTree.handedOver(tree);
    }

    Efficiency efficiency() {
        return efficiency;
    }

    List<String> warnings() {
        return warnings;
    }

    private Entry mark(Entry entry) {
        if (entry.kind().isMarker()) {
            return entry;
        }
        return entry.withChange(tree.containsKey(entry.path()) ? Change.MODIFIED : Change.ADDED);
    }

    private int removeOpaque(List<Entry> entries) {
        int removed = 0;
        for (Entry e : entries) {
            if (e.kind() == EntryKind.OPAQUE) {
                NavigableMap<String, Node> hidden = MergedTree.subtree(tree, e.path());
                removed += hidden.size();
                hidden.clear();
            }
        }
        return removed;
    }

    private int removeWhitedOut(List<Entry> entries) {
        int removed = 0;
        for (Entry e : entries) {
            if (e.kind() == EntryKind.WHITEOUT && tree.remove(e.path()) != null) {
                NavigableMap<String, Node> hidden = MergedTree.subtree(tree, e.path());
                removed += 1 + hidden.size();
                hidden.clear();
            }
        }
        return removed;
    }

    private void put(Entry entry, int index) {
        addParents(entry.path(), index);
        Node old = tree.put(entry.path(), new Node(entry, index));
        if (old != null && old.entry().kind() == EntryKind.DIRECTORY
                && entry.kind() != EntryKind.DIRECTORY) {
            MergedTree.subtree(tree, entry.path()).clear();
        }
    }

    /** A layer may name a file before (or without) its directory: the directory is implied. */
    private void addParents(String path, int index) {
        for (String p = Paths.parent(path); !p.equals("/"); p = Paths.parent(p)) {
            Node node = tree.get(p);
            if (node != null && node.entry().kind() == EntryKind.DIRECTORY) {
                return;
            }
            Entry implied = new Entry(p, EntryKind.DIRECTORY, 0, DIRECTORY_MODE, "",
                    node == null ? Change.ADDED : Change.MODIFIED);
            tree.put(p, new Node(implied, index));
        }
    }

    /** A hard link's target may come later in its layer; by the layer's end it must exist. */
    private void checkHardLinks(List<Entry> entries, String label) {
        for (Entry e : entries) {
            if (e.kind() != EntryKind.HARDLINK) {
                continue;
            }
            Node node = tree.get(e.path());
            if (node != null && node.entry() == e) {
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
            Node target = tree.get(current.linkTarget());
            if (target == null) {
                warnings.add(label + ": hard link " + link.path() + " to "
                        + current.linkTarget() + ", which is not in the image");
                return;
            }
            current = target.entry();
        }
    }

    private static int count(List<Entry> entries, Change change) {
        return (int) entries.stream().filter(e -> e.change() == change).count();
    }
}
