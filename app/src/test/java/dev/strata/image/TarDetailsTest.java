package dev.strata.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;

import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The tar details a layer may use, and the OCI whiteout rules. */
class TarDetailsTest {
    @TempDir
    Path dir;

    private Image read(byte[]... layers) throws IOException {
        return ImageReader.read(TestArchives.dockerSave(dir.resolve("image.tar"), layers),
                ReadOptions.defaults());
    }

    @Test
    void readsPaxLongNamesAndSkipsGlobalHeaders() throws IOException {
        String longName = "d/" + "n".repeat(150) + ".txt";
        Image image = read(new TestArchives().globalHeader("made by a test")
                .file(longName, "x").bytes());

        assertThat(image.tree().paths()).containsExactly("/d", "/" + longName);
    }

    @Test
    void stacksLayersReadTogetherInTheirOrder() throws IOException {
        byte[][] layers = new byte[7][];
        for (int i = 0; i < layers.length; i++) {
            layers[i] = TestArchives.gzip(new TestArchives().file("f", "x".repeat(i + 1))
                    .file("only" + i, "y").bytes());
        }
        Image image = read(layers);

        assertThat(image.tree().find("/f").orElseThrow().layer()).isEqualTo(6);
        assertThat(image.tree().find("/f").orElseThrow().entry().size()).isEqualTo(7);
        assertThat(image.layers()).extracting(Layer::modified)
                .containsExactly(0, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void dropsDotSlashPrefixesAndTheRootEntry() throws IOException {
        Image image = read(new TestArchives().directory("./").file("./etc/hosts", "x").bytes());

        assertThat(image.layers().get(0).entries()).extracting(Entry::path)
                .containsExactly("/etc/hosts");
    }

    @Test
    @Timeout(60)
    void impliesTheDirectoriesAboveDeepPathsEachAtItsOwnPath() throws IOException {
        String deep = String.join("/", Collections.nCopies(1000, "a"));
        TestArchives layer = new TestArchives();
        for (int i = 0; i < 20; i++) {
            layer.file("x" + i + "/" + deep + "/f", "x");
        }
        Image image = read(layer.bytes());

        assertThat(image.tree().size()).isEqualTo(20 * 1002);
        MergedTree.Node implied = image.tree().find("/x7/a/a").orElseThrow();
        assertThat(implied.entry()).isEqualTo(new Entry("/x7/a/a", EntryKind.DIRECTORY, 0,
                0755, "", Change.ADDED));
        assertThat(image.tree().under("/x19")).hasSize(1001);
        assertThat(image.tree().nodes().get(1).entry().path()).isEqualTo("/x0/a");
    }

    /**
     * Read as the spec's changeset the link stands, but Docker (pkg/archive) and containerd
     * (archive/tar.go) unpack in order and os.Link to a target not yet there fails.
     */
    @Test
    void readsAHardLinkWhoseTargetComesLaterWithAWarning() throws IOException {
        Image image = read(new TestArchives().hardLink("early", "late").file("late", "x")
                .bytes());

        assertThat(image.warnings()).containsExactly("layer 0 (0/layer.tar): hard link /early"
                + " comes before its target /late in the layer; Docker and containerd unpack"
                + " in order and would fail to link it (no such file or directory)");
        assertThat(image.tree().resolve("/early").orElseThrow().entry().path())
                .isEqualTo("/late");
    }

    @Test
    void readsAHardLinkAfterItsTargetWithoutWarning() throws IOException {
        Image image = read(new TestArchives().file("first", "x").hardLink("second", "first")
                .bytes());

        assertThat(image.warnings()).isEmpty();
    }

    @Test
    void readsAHardLinkToATargetOfALowerLayerWithoutWarning() throws IOException {
        Image image = read(new TestArchives().file("lower", "x").bytes(),
                new TestArchives().hardLink("link", "lower").file("lower", "y").bytes());

        assertThat(image.warnings()).isEmpty();
    }

    @Test
    void warnsOfAHardLinkToNothing() throws IOException {
        Image image = read(new TestArchives().hardLink("orphan", "gone").bytes());

        assertThat(image.warnings()).containsExactly("layer 0 (0/layer.tar): hard link /orphan"
                + " to /gone, which is not in the image");
    }

    @Test
    void appliesAnOpaqueMarkerToLowerLayersWhereverItStands() throws IOException {
        byte[] lower = new TestArchives().file("app/old.txt", "old").bytes();
        byte[] upper = new TestArchives().file("app/new.txt", "new")
                .file("app/.wh..wh..opq", "").bytes();

        Image image = read(lower, upper);

        assertThat(image.tree().paths()).containsExactly("/app", "/app/new.txt");
        assertThat(image.layers().get(1).removed()).isEqualTo(1);
    }

    @Test
    void aWhiteoutRemovesADirectoryWithEverythingUnderIt() throws IOException {
        byte[] lower = new TestArchives().file("keep", "k").file("tmp/a/b", "b").bytes();
        byte[] upper = new TestArchives().file(".wh.tmp", "").bytes();

        Image image = read(lower, upper);

        assertThat(image.tree().paths()).containsExactly("/keep");
        assertThat(image.layers().get(1).entries()).extracting(Entry::kind, Entry::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EntryKind.WHITEOUT,
                        Change.REMOVED));
    }

    @Test
    void marksEntriesAddedOrModifiedRelativeToBelow() throws IOException {
        byte[] lower = new TestArchives().file("a", "1").bytes();
        byte[] upper = new TestArchives().file("a", "22").file("b", "3").bytes();

        Layer top = read(lower, upper).layers().get(1);

        assertThat(top.entries()).extracting(Entry::path, Entry::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/a", Change.MODIFIED),
                org.assertj.core.groups.Tuple.tuple("/b", Change.ADDED));
    }

    @Test
    void aFileOverADirectoryHidesWhatWasInIt() throws IOException {
        byte[] lower = new TestArchives().file("x/inner", "1").bytes();
        byte[] upper = new TestArchives().file("x", "now a file").bytes();

        assertThat(read(lower, upper).tree().paths()).containsExactly("/x");
    }

    @Test
    void resolvingASymlinkLoopLeadsNowhere() throws IOException {
        Image image = read(new TestArchives().symlink("a", "b").symlink("b", "a").bytes());

        assertThat(image.tree().resolve("/a")).isEmpty();
    }

    @Test
    void readsDevicesAndFifosWithTheirKindsAndNoSize() throws IOException {
        Image image = read(new TestArchives().special("dev/tty0", TarConstants.LF_CHR, 4, 0)
                .special("dev/sda", TarConstants.LF_BLK, 8, 0)
                .special("run/pipe", TarConstants.LF_FIFO, 0, 0).bytes());

        assertThat(image.layers().get(0).entries())
                .extracting(Entry::path, e -> e.kind().letter(), Entry::size)
                .containsExactly(tuple("/dev/tty0", 'c', 0L), tuple("/dev/sda", 'b', 0L),
                        tuple("/run/pipe", 'p', 0L));
    }

    @Test
    void readsAGzipLayerByItsMagicBytesWhateverItsName() throws IOException {
        byte[] gz = TestArchives.gzip(new TestArchives().file("z", "zip").bytes());

        Layer layer = read(gz).layers().get(0);

        assertThat(layer.compressedSize()).isEqualTo(gz.length);
        assertThat(layer.tarSize()).isEqualTo(2048);
        assertThat(layer.digest()).isEqualTo(TestArchives.sha256(gz));
    }
}
