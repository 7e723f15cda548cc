package dev.strata.image;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.strata.image.LayerReader.RawLayer;
import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stacks random layers, rich in whiteouts, opaque markers, directories replaced by files and
 * names that sort around a slash ({@code a-b}, {@code a.b}), and compares the stacker with a
 * plain model of the OCI image-spec's rules ("Applying Changesets": markers first, then the
 * entries in order) and of dive's efficiency, written over a sorted map for clarity.
 */
class StackerModelTest {
    private static final String[] NAMES = {"a", "b", "a-b", "a.b", "c"};
    private static final EntryKind[] KINDS = {EntryKind.FILE, EntryKind.FILE, EntryKind.FILE,
        EntryKind.DIRECTORY, EntryKind.DIRECTORY, EntryKind.SYMLINK, EntryKind.WHITEOUT,
        EntryKind.OPAQUE};

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void stackingAgreesWithTheModelOfTheSpec(int block) {
        for (int seed = block * 250; seed < (block + 1) * 250; seed++) {
            Random random = new Random(seed);
            Stacker stacker = new Stacker(StackerModelTest::problem);
            Model model = new Model();
            int layers = 1 + random.nextInt(5);
            for (int i = 0; i < layers; i++) {
                List<Entry> entries = randomLayer(random);
                Layer layer = stacker.push(i, raw(entries), "", "layer " + i);
                Model.Counts expected = model.push(i, entries);
                String where = "seed " + seed + " layer " + i + " " + entries;
                assertThat(layer.entries()).as(where).isEqualTo(expected.marked());
                assertThat(List.of(layer.added(), layer.modified(), layer.removed()))
                        .as(where).isEqualTo(List.of(expected.added(), expected.modified(),
                                expected.removed()));
            }
            String where = "seed " + seed;
            Efficiency efficiency = stacker.efficiency();
            long wasted = efficiency.wastedBytes();
            double score = efficiency.score();
            assertThat(listing(stacker.finish().nodes())).as(where).isEqualTo(model.listing());
            assertThat(wasted).as(where).isEqualTo(model.wastedBytes());
            assertThat(score).as(where).isEqualTo(model.score());
        }
    }

    private static List<Entry> randomLayer(Random random) {
        List<Entry> entries = new ArrayList<>();
        int count = random.nextInt(16);
        for (int i = 0; i < count; i++) {
            StringBuilder path = new StringBuilder();
            int depth = 1 + random.nextInt(3);
            for (int d = 0; d < depth; d++) {
                path.append('/').append(NAMES[random.nextInt(NAMES.length)]);
            }
            EntryKind kind = KINDS[random.nextInt(KINDS.length)];
            long size = kind == EntryKind.FILE ? random.nextInt(1000) : 0;
            String target = kind == EntryKind.SYMLINK ? "../x" : "";
            Change change = kind.isMarker() ? Change.REMOVED : Change.ADDED;
            entries.add(new Entry(path.toString(), kind, size, 0644, target, change));
        }
        return entries;
    }

    private static RawLayer raw(List<Entry> entries) {
        return new RawLayer(entries, Efficiency.LayerCosts.of(entries), "sha256:0", "sha256:0",
                0, 0, List.of());
    }

    private static List<String> listing(List<MergedTree.Node> nodes) {
        return nodes.stream().map(n -> n.entry().path() + " " + n.entry().kind() + " L"
                + n.layer() + " " + n.entry().size()).collect(Collectors.toList());
    }

    private static InputException problem(String message) {
        return new InputException(SourcePosition.startOf("model"), message);
    }

    /** The rules over a sorted map: the subtree of a directory is a range of its keys. */
    private static final class Model {
        record Counts(List<Entry> marked, int added, int modified, int removed) {
        }

        private final NavigableMap<String, MergedTree.Node> tree = new TreeMap<>();
        private final Map<String, long[]> costs = new HashMap<>();

        Counts push(int index, List<Entry> entries) {
            cost(entries);
            List<Entry> marked = new ArrayList<>();
            for (Entry e : entries) {
                marked.add(e.kind().isMarker() ? e : e.withChange(
                        tree.containsKey(e.path()) ? Change.MODIFIED : Change.ADDED));
            }
            int removed = 0;
            for (Entry e : marked) {
                if (e.kind() == EntryKind.OPAQUE) {
                    removed += clear(under(e.path()));
                }
            }
            for (Entry e : marked) {
                if (e.kind() == EntryKind.WHITEOUT && tree.remove(e.path()) != null) {
                    removed += 1 + clear(under(e.path()));
                }
            }
            for (Entry e : marked) {
                if (!e.kind().isMarker()) {
                    put(e, index);
                }
            }
            int added = (int) marked.stream().filter(e -> e.change() == Change.ADDED).count();
            int modified = (int) marked.stream()
                    .filter(e -> e.change() == Change.MODIFIED).count();
            return new Counts(marked, added, modified, removed);
        }

        private void put(Entry e, int index) {
            for (String p = Paths.parent(e.path()); !p.equals("/"); p = Paths.parent(p)) {
                MergedTree.Node there = tree.get(p);
                if (there != null && there.entry().kind() == EntryKind.DIRECTORY) {
                    break;
                }
                tree.put(p, new MergedTree.Node(new Entry(p, EntryKind.DIRECTORY, 0, 0755, "",
                        there == null ? Change.ADDED : Change.MODIFIED), index));
            }
            MergedTree.Node old = tree.put(e.path(), new MergedTree.Node(e, index));
            if (old != null && old.entry().kind() == EntryKind.DIRECTORY
                    && e.kind() != EntryKind.DIRECTORY) {
                clear(under(e.path()));
            }
        }

        private NavigableMap<String, MergedTree.Node> under(String dir) {
            String prefix = dir.equals("/") ? "/" : dir + "/";
            return tree.subMap(prefix, true, dir.equals("/") ? "0" : dir + "0", false);
        }

        private static int clear(NavigableMap<String, MergedTree.Node> range) {
            int size = range.size();
            range.clear();
            return size;
        }

        /** dive: leaves cost their size, whiteouts the size of the directory they delete. */
        private void cost(List<Entry> entries) {
            Set<String> parents = new HashSet<>();
            Map<String, Entry> files = new LinkedHashMap<>();
            Set<String> whiteouts = new LinkedHashSet<>();
            for (Entry e : entries) {
                if (e.kind() == EntryKind.OPAQUE) {
                    continue;
                }
                for (String p = Paths.parent(e.path()); !p.equals("/"); p = Paths.parent(p)) {
                    parents.add(p);
                }
                if (e.kind() == EntryKind.WHITEOUT) {
                    whiteouts.add(e.path());
                } else {
                    files.put(e.path(), e);
                }
            }
            files.values().stream().filter(e -> !parents.contains(e.path()))
                    .forEach(e -> add(e.path(), e.size()));
            for (String path : whiteouts) {
                MergedTree.Node node = tree.get(path);
                long size = node == null || node.entry().kind() != EntryKind.DIRECTORY ? 0
                        : node.entry().size() + under(path).values().stream()
                                .mapToLong(n -> n.entry().size()).sum();
                add(path, size);
            }
        }

        private void add(String path, long size) {
            long[] cost = costs.computeIfAbsent(path, p -> new long[] {0, -1, 0});
            cost[0] += size;
            cost[1] = cost[1] < 0 ? size : Math.min(cost[1], size);
            cost[2]++;
        }

        long wastedBytes() {
            return costs.values().stream().filter(c -> c[2] > 1).mapToLong(c -> c[0]).sum();
        }

        double score() {
            long smallest = costs.values().stream().mapToLong(c -> c[1]).sum();
            long total = costs.values().stream().mapToLong(c -> c[0]).sum();
            return total == 0 ? 1.0 : (double) smallest / total;
        }

        /** Tree order: a directory, then what is under it; a slash sorts before any name. */
        List<String> listing() {
            List<String> paths = new ArrayList<>(tree.keySet());
            paths.sort((a, b) -> a.replace('/', '\0').compareTo(b.replace('/', '\0')));
            return paths.stream().map(p -> {
                MergedTree.Node n = tree.get(p);
                return p + " " + n.entry().kind() + " L" + n.layer() + " " + n.entry().size();
            }).collect(Collectors.toList());
        }
    }
}
