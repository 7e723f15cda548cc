package dev.strata.image;

import java.util.List;

import dev.strata.image.LayerReader.RawLayer;
import dev.strata.source.InputException;
import dev.strata.source.SourcePosition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lookups in a merged tree whose names sort on both sides of a slash. */
class MergedTreeTest {
    private final MergedTree tree = tree(
            entry("/a.b/y", EntryKind.FILE, ""),
            entry("/a-b", EntryKind.FILE, ""),
            entry("/a", EntryKind.DIRECTORY, ""),
            entry("/a/x", EntryKind.FILE, ""),
            entry("/a/l", EntryKind.SYMLINK, "x"),
            entry("/up", EntryKind.SYMLINK, "a/l"));

    @Test
    void listsEachDirectoryFollowedByWhatIsUnderIt() {
        assertThat(tree.paths()).containsExactly("/a", "/a/l", "/a/x", "/a-b", "/a.b",
                "/a.b/y", "/up");
    }

    @Test
    void findsExactPathsOnly() {
        assertThat(tree.find("/a-b")).map(n -> n.entry().kind()).contains(EntryKind.FILE);
        assertThat(tree.find("/a.b")).map(n -> n.entry().kind()).contains(EntryKind.DIRECTORY);
        assertThat(tree.find("/a/")).isEmpty();
        assertThat(tree.find("/b")).isEmpty();
        assertThat(tree.find("/zzz")).isEmpty();
    }

    @Test
    void listsWhatIsUnderADirectoryAndNotItsNeighbours() {
        assertThat(paths(tree.under("/a"))).containsExactly("/a/l", "/a/x");
        assertThat(paths(tree.under("/a.b"))).containsExactly("/a.b/y");
        assertThat(paths(tree.under("/a-b"))).isEmpty();
        assertThat(paths(tree.under("/nowhere"))).isEmpty();
        assertThat(tree.under("/")).hasSize(tree.size());
    }

    @Test
    void resolvesSymlinksThroughTheTree() {
        assertThat(tree.resolve("/up").map(n -> n.entry().path())).contains("/a/x");
    }

    private static List<String> paths(List<MergedTree.Node> nodes) {
        return nodes.stream().map(n -> n.entry().path()).toList();
    }

    private static Entry entry(String path, EntryKind kind, String target) {
        return new Entry(path, kind, 1, 0644, target, Change.ADDED);
    }

    private static MergedTree tree(Entry... entries) {
        Stacker stacker = new Stacker(m -> new InputException(SourcePosition.startOf("t"), m));
        List<Entry> layer = List.of(entries);
        stacker.push(0, new RawLayer(layer, Efficiency.LayerCosts.of(layer), "", "", 0, 0,
                List.of()), "", "layer 0");
        return stacker.finish();
    }
}
