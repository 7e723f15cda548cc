package dev.strata.image;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * layer of half a million entries well inside a small heap. A directory that a layer only
 * implies (it names something under it and not the directory itself) keeps no path string:
 * its key is a prefix of the entry's path ({@link PathKey}), and its entry is made when
 * asked for, so that the directories above a path cost memory in its depth, not in its
 * square.
 *
 * <p>Layers list the entries of a directory one after the other, so the parent of an entry
 * is usually the parent of the one before; that slot is kept and reused.
 */
final class PathIndex {
    /**
     * One path: visible when it has an entry; kept while it has costs or is listed. Its key
     * is the path of the entry that named it, or a prefix of one for a directory above.
     */
    static class Slot extends PathKey {
        /** The entry, or {@link #IMPLIED} and {@link #IMPLIED_OVER} for an implied directory. */
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

        private Slot(String source, int length) {
            super(source, length);
        }

        boolean visible() {
            return entry != null;
        }
    }

    /** The slot of a directory named by a prefix: its hash kept, as working it out is not free. */
    private static final class PrefixSlot extends Slot {
        private final int hash;

        private PrefixSlot(PathKey key) {
            super(key.source, key.length);
            this.hash = key.hashCode();
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * What stands at a directory a layer implies by naming something under it (added, or
     * over what was there), until the entry is asked for: its path is the slot's.
     */
    private static final Entry IMPLIED = new Entry("/", EntryKind.DIRECTORY, 0, 0755, "",
            Change.ADDED);
    private static final Entry IMPLIED_OVER = IMPLIED.withChange(Change.MODIFIED);

    private final Map<PathKey, Slot> slots = new HashMap<>();
    private final Slot root = new Slot("/", 1);
    private Slot lastParent = root;
    private int visible;

    /** The entry visible at a path, or null. */
    Entry get(String path) {
        Slot slot = slots.get(new PathKey(path));
        return slot == null ? null : entryOf(slot);
    }

    /** The entry of a slot, an implied directory's made with the slot's path. */
    private static Entry entryOf(Slot slot) {
        Entry entry = slot.entry;
        return isImplied(entry) ? entry.withPath(slot.path()) : entry;
    }

    private static boolean isImplied(Entry entry) {
        return entry == IMPLIED || entry == IMPLIED_OVER;
    }

    /** The slot of a path, made (invisible) when there is none. */
    Slot slot(String path) {
        Slot made = new Slot(path, path.length());
        Slot there = slots.putIfAbsent(made, made);
        return there == null ? made : there;
    }

    private Slot slot(PathKey key) {
        Slot slot = slots.get(key);
        if (slot == null) {
            slot = key.isWhole() ? new Slot(key.source, key.length) : new PrefixSlot(key);
            slots.put(slot, slot);
        }
        return slot;
    }

    /** The slot found or made for a path earlier, or a new one if that was dropped since. */
    Slot current(Slot slot) {
        return slot.dropped ? slot((PathKey) slot) : slot;
    }

    /** Makes an entry the visible one in its path's current slot; returns what it replaces. */
    Entry put(Slot slot, Entry entry, int layer) {
        visible += slot.entry == null ? 1 : 0;
        return show(slot, entry, layer, slot.listed ? null : parentOf(entry.path()));
    }

    private static Entry show(Slot slot, Entry entry, int layer, Slot parent) {
        Entry old = slot.entry;
        slot.entry = entry;
        slot.layer = layer;
        if (!slot.listed) {
            if (parent.children == null) {
                parent.children = new ArrayList<>(2);
            }
            parent.children.add(slot);
            slot.listed = true;
        }
        return old;
    }

    /**
     * Makes every directory above a path that is not one yet a directory of this layer: a
     * layer may name a file before (or without) its directory. Only the walk up to the
     * nearest directory costs anything, and that only the first time.
     */
    void implyParents(String path, int layer) {
        Slot slot = parentOf(path);
        if (slot == root || isDirectory(slot.entry)) {
            return;
        }
        PathKey[] above = PathKey.ancestors(path);
        for (int k = above.length - 1; k >= 0 && !isDirectory(slot.entry); k--) {
            Slot parent = k == 0 ? root : slot(above[k - 1]);
            visible += slot.entry == null ? 1 : 0;
            show(slot, slot.entry == null ? IMPLIED : IMPLIED_OVER, layer, parent);
            slot = parent;
        }
    }

    private static boolean isDirectory(Entry entry) {
        return entry != null && entry.kind() == EntryKind.DIRECTORY;
    }

    /** Hides the entry at a path (not what is under it) and returns it, if any. */
    Entry remove(String path) {
        Slot slot = slots.get(new PathKey(path));
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
                slots.remove(slot);
                slot.dropped = true;
            }
        });
        Slot top = directory.equals("/") ? root : slots.get(new PathKey(directory));
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
        Slot top = directory.equals("/") ? root : slots.get(new PathKey(directory));
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

    private Slot parentOf(String path) {
        int slash = path.lastIndexOf('/');
        if (slash <= 0) {
            return root;
        }
        Slot last = lastParent;
        if (last.dropped || last.length != slash
                || !path.regionMatches(0, last.source, 0, slash)) {
            last = slot(PathKey.prefix(path, slash));
            lastParent = last;
        }
        return last;
    }

    /**
     * The merged tree of the visible paths in tree order: each directory followed by what is
     * under it, siblings by name (their paths share their parent's, so the names alone are
     * compared). The index must not change after this.
     */
    MergedTree toTree() {
        Entry[] entries = new Entry[visible];
        String[] sources = new String[visible];
        int[] lengths = new int[visible];
        int[] layers = new int[visible];
        int count = 0;
        Deque<Slot> pending = new ArrayDeque<>();
        pushChildren(root, pending);
        while (!pending.isEmpty()) {
            Slot slot = pending.pop();
            boolean implied = isImplied(slot.entry);
            entries[count] = slot.entry;
            sources[count] = implied ? slot.source : slot.entry.path();
            lengths[count] = slot.length;
            layers[count++] = slot.layer;
            pushChildren(slot, pending);
        }
        if (count != visible) {
            throw new IllegalStateException(visible + " visible paths but " + count
                    + " reachable from the root");
        }
        return MergedTree.of(entries, sources, lengths, layers);
    }

    /** Pushes the visible children of a slot so that the first by name is popped first. */
    private static void pushChildren(Slot slot, Deque<Slot> pending) {
        if (slot.children == null) {
            return;
        }
        int from = slot.length == 1 ? 1 : slot.length + 1;
        slot.children.sort((a, b) -> PathKey.compareFrom(from, a, b));
        for (int i = slot.children.size() - 1; i >= 0; i--) {
            Slot child = slot.children.get(i);
            if (child.visible()) {
                pending.push(child);
            }
        }
    }
}
