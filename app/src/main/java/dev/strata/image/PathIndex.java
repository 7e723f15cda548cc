package dev.strata.image;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every path the layers stacked so far have named, hashed by path: the visible ones with
 * the entry and layer that put them there, and (visible or not) what they cost for dive's
 * efficiency. Each directory lists its children, so that a whiteout, an opaque marker or a
 * directory replaced by a file can drop everything under it without a sorted map; the
 * visible paths are sorted once, when the image is complete. One object per path keeps a
 * layer of half a million entries well inside a small heap.
 *
 * <p>Layers list the entries of a directory one after the other, so the parent of an entry
 * is usually the parent of the one before; that slot is kept and reused.
 */
final class PathIndex {
    /** One path: visible when it has an entry; kept while it has costs or is listed. */
    static final class Slot {
        final String path;
        Entry entry;
        int layer;
        /** Listed in its parent's children (possibly no longer visible). */
        boolean listed;
        /** Taken out of the index; a new slot stands for the path from then on. */
        boolean dropped;
        List<Slot> children;
        long costTotal;
        long costSmallest = -1;
        int costSeen;

        private Slot(String path) {
            this.path = path;
        }

        boolean visible() {
            return entry != null;
        }
    }

    /** Siblings share their parent's path, so comparing paths compares their names. */
    private static final Comparator<Slot> BY_NAME = (a, b) -> a.path.compareTo(b.path);

    private final Map<String, Slot> slots = new HashMap<>();
    private final Slot root = new Slot("/");
    private Slot lastParent = root;
    private int visible;

    /** The entry visible at a path, or null. */
    Entry get(String path) {
        Slot slot = slots.get(path);
        return slot == null ? null : slot.entry;
    }

    /** The slot of a path, made (invisible) when there is none. */
    Slot slot(String path) {
        return slots.computeIfAbsent(path, Slot::new);
    }

    /** The slot found or made for a path earlier, or a new one if that was dropped since. */
    Slot current(Slot slot) {
        return slot.dropped ? slot(slot.path) : slot;
    }

    /** Makes an entry the visible one at its path and returns the entry it replaces, if any. */
    Entry put(Entry entry, int layer) {
        return put(slot(entry.path()), entry, layer);
    }

    /** Makes an entry the visible one in its path's current slot; returns what it replaces. */
    Entry put(Slot slot, Entry entry, int layer) {
        Entry old = slot.entry;
        visible += old == null ? 1 : 0;
        slot.entry = entry;
        slot.layer = layer;
        if (!slot.listed) {
            Slot parent = parentOf(entry.path());
            if (parent.children == null) {
                parent.children = new ArrayList<>();
            }
            parent.children.add(slot);
            slot.listed = true;
        }
        return old;
    }

    /** Hides the entry at a path (not what is under it) and returns it, if any. */
    Entry remove(String path) {
        Slot slot = slots.get(path);
        if (slot == null) {
            return null;
        }
        Entry old = slot.entry;
        slot.entry = null;
        visible -= old == null ? 0 : 1;
        return old;
    }

    /** Hides every entry under a directory, the directory itself kept; returns how many. */
    int clearUnder(String directory) {
        int[] removed = {0};
        forEachUnder(directory, slot -> {
            removed[0] += slot.visible() ? 1 : 0;
            visible -= slot.visible() ? 1 : 0;
            slot.entry = null;
            slot.listed = false;
            slot.children = null;
            if (slot.costSeen == 0) {
                slots.remove(slot.path);
                slot.dropped = true;
            }
        });
        Slot top = directory.equals("/") ? root : slots.get(directory);
        if (top != null) {
            top.children = null;
        }
        return removed[0];
    }

    /** The sum of the sizes of the entries visible under a directory. */
    long sizeUnder(String directory) {
        long[] size = {0};
        forEachUnder(directory, slot -> size[0] += slot.visible() ? slot.entry.size() : 0);
        return size[0];
    }

    /**
     * Visits every slot listed under a directory, each after its children are queued (so
     * that the visit may drop them). Iterative: a layer may nest as deep as it likes.
     */
    private void forEachUnder(String directory, Consumer<Slot> visit) {
        Slot top = directory.equals("/") ? root : slots.get(directory);
        if (top == null) {
            return;
        }
        Deque<Slot> pending = new ArrayDeque<>();
        pending.push(top);
        while (!pending.isEmpty()) {
            Slot slot = pending.pop();
            if (slot.children != null) {
                slot.children.forEach(pending::push);
            }
            if (slot != top) {
                visit.accept(slot);
            }
        }
    }

    /** The parent directory of an absolute path, the same string as last time when it is. */
    String parent(String path) {
        return parentOf(path).path;
    }

    private Slot parentOf(String path) {
        int slash = path.lastIndexOf('/');
        if (slash <= 0) {
            return root;
        }
        Slot last = lastParent;
        if (last.dropped || last.path.length() != slash || !path.startsWith(last.path)) {
            last = slot(path.substring(0, slash));
            lastParent = last;
        }
        return last;
    }

    /**
     * The merged tree of the visible paths in tree order: each directory followed by what is
     * under it, siblings by name. The index must not change after this.
     */
    MergedTree toTree() {
        Entry[] entries = new Entry[visible];
        int[] layers = new int[visible];
        int count = 0;
        Deque<Slot> pending = new ArrayDeque<>();
        pushChildren(root, pending);
        while (!pending.isEmpty()) {
            Slot slot = pending.pop();
            entries[count] = slot.entry;
            layers[count++] = slot.layer;
            pushChildren(slot, pending);
        }
        if (count != visible) {
            throw new IllegalStateException(visible + " visible paths but " + count
                    + " reachable from the root");
        }
        return MergedTree.of(entries, layers);
    }

    /** Pushes the visible children of a slot so that the first by name is popped first. */
    private static void pushChildren(Slot slot, Deque<Slot> pending) {
        if (slot.children == null) {
            return;
        }
        slot.children.sort(BY_NAME);
        for (int i = slot.children.size() - 1; i >= 0; i--) {
            Slot child = slot.children.get(i);
            if (child.visible()) {
                pending.push(child);
            }
        }
    }
}
