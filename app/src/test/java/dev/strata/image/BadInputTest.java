package dev.strata.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import dev.strata.source.InputException;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Damaged and hostile archives end in a clear error, quickly, never in a crash. */
class BadInputTest {
    @TempDir
    Path dir;

    private Image read(Path archive) throws IOException {
        return ImageReader.read(archive, ReadOptions.defaults());
    }

    private byte[] layer() throws IOException {
        return new TestArchives().file("a.txt", "hello").bytes();
    }

    @Test
    void refusesAFileThatIsNotATar() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some text\n".repeat(60));

        assertThatThrownBy(() -> read(text)).isInstanceOf(InputException.class)
                .hasMessageContaining("notes.txt:1:1: not an image archive");
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> read(dir.resolve("nothing.tar")))
                .isInstanceOf(InputException.class).hasMessageEndingWith(":1:1: no such file");
    }

    @Test
    void namesALayerTheManifestListsButTheArchiveLacks() throws IOException {
        Path archive = new TestArchives().file("config.json", "{}")
                .file("manifest.json",
                        "[{\"Config\":\"config.json\",\"Layers\":[\"x/layer.tar\"]}]")
                .write(dir.resolve("missing.tar"));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("layer 0 (x/layer.tar): named in the manifest but missing"
                        + " from the archive");
    }

    @Test
    void refusesALayerWhoseDiffIdDoesNotMatch() throws IOException {
        String config = "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:"
                + "0".repeat(64) + "\"]}}";
        Path archive = TestArchives.dockerSave(dir.resolve("bad-digest.tar"), config, layer());

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageContaining("layer 0 (0/layer.tar): diff id "
                        + TestArchives.sha256(layer()) + " does not match the sha256:000");
    }

    @Test
    void acceptsALayerWhoseDiffIdMatches() throws IOException {
        String config = "{\"rootfs\":{\"diff_ids\":[\"" + TestArchives.sha256(layer()) + "\"]}}";
        Path archive = TestArchives.dockerSave(dir.resolve("good.tar"), config, layer());

        assertThat(read(archive).tree().paths()).containsExactly("/a.txt");
    }

    @Test
    void refusesABlobWhoseNameIsNotItsDigest() throws IOException {
        String fake = "blobs/sha256/" + "ab".repeat(32);
        Path archive = new TestArchives().file(fake, layer()).file("c.json", "{}")
                .file("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"" + fake + "\"]}]")
                .write(dir.resolve("renamed.tar"));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageContaining("digest " + TestArchives.sha256(layer()) + " does not"
                        + " match the sha256:abab");
    }

    @Test
    void reportsATruncatedGzipLayer() throws IOException {
        byte[] gz = TestArchives.gzip(new TestArchives().file("big", new byte[100_000]).bytes());
        Path archive = TestArchives.dockerSave(dir.resolve("cut.tar"),
                Arrays.copyOf(gz, gz.length / 2));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageContaining("layer 0 (0/layer.tar): truncated or corrupt");
    }

    @Test
    void saysWhichStreamATruncatedLayerBrokeInAndNeverNull() throws IOException {
        byte[] gz = TestArchives.gzip(new TestArchives().file("big", new byte[100_000]).bytes());
        Path archive = TestArchives.dockerSave(dir.resolve("cut.tar"),
                Arrays.copyOf(gz, gz.length / 2));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("layer 0 (0/layer.tar): truncated or corrupt gzip stream"
                        + " (unexpected end of input)");
    }

    /** Go's archive/tar, which Docker and containerd unpack with, fails there too. */
    @Test
    void reportsATarCutInsideAHeader() throws IOException {
        byte[] tar = new TestArchives().file("a", "1").file("b", "2").bytes();
        Path archive = TestArchives.dockerSave(dir.resolve("cut.tar"),
                Arrays.copyOf(tar, 1024 + 100));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("layer 0 (0/layer.tar): truncated or corrupt: the tar ends"
                        + " inside a 512-byte header");
    }

    @Test
    void reportsATarCutInsideAHeaderAfterAPaxHeader() throws IOException {
        byte[] tar = new TestArchives().file("n".repeat(150), "1").file("b", "2").bytes();
        Path archive = TestArchives.dockerSave(dir.resolve("cut.tar"),
                Arrays.copyOf(tar, 2048 + 100));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("layer 0 (0/layer.tar): truncated or corrupt: the tar ends"
                        + " inside a 512-byte header");
    }

    @Test
    void acceptsATarThatEndsAtARecordWithoutItsZeroRecords() throws IOException {
        byte[] tar = new TestArchives().file("a", "1").file("b", "2").bytes();
        Path archive = TestArchives.dockerSave(dir.resolve("short.tar"),
                Arrays.copyOf(tar, 1024));

        assertThat(read(archive).tree().paths()).containsExactly("/a");
    }

    @Test
    void acceptsATarThatEndsAtARecordWithoutItsZeroRecordsAfterAPaxHeader()
            throws IOException {
        String name = "n".repeat(150);
        byte[] tar = new TestArchives().file(name, "1").file("b", "2").bytes();
        Path archive = TestArchives.dockerSave(dir.resolve("short.tar"),
                Arrays.copyOf(tar, 2048));

        assertThat(read(archive).tree().paths()).containsExactly("/" + name);
    }

    @Test
    void reportsATarCutInsideAnEntry() throws IOException {
        byte[] tar = new TestArchives().file("big", new byte[5000]).bytes();
        Path archive = TestArchives.dockerSave(dir.resolve("cut.tar"),
                Arrays.copyOf(tar, 512 + 3000));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageContaining("layer 0 (0/layer.tar): truncated or corrupt");
    }

    @Test
    void acceptsATarThatEndsRightAfterItsLastContent() throws IOException {
        byte[] tar = new TestArchives().file("small", "12345").bytes();
        Path archive = TestArchives.dockerSave(dir.resolve("unpadded.tar"),
                Arrays.copyOf(tar, 512 + 5));

        assertThat(read(archive).layers().get(0).tarSize()).isEqualTo(517);
    }

    @Test
    void refusesAnEntryThatClimbsOutOfTheRoot() throws IOException {
        byte[] evil = new TestArchives().file("a/../../etc/passwd", "x").bytes();
        Path archive = TestArchives.dockerSave(dir.resolve("dotdot.tar"), evil);

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("layer 0 (0/layer.tar): entry a/../../etc/passwd climbs"
                        + " out of the image root with ..");
    }

    @Test
    void refusesAnEntryPathLongerThanLinuxsPathMax() throws IOException {
        String deep = String.join("/", Collections.nCopies(3000, "a"));
        Path archive = TestArchives.dockerSave(dir.resolve("deep.tar"),
                new TestArchives().file(deep, "x").bytes());

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("layer 0 (0/layer.tar): entry " + deep.substring(0, 60)
                        + "… has a path of 6000 bytes, longer than Linux's 4096 (PATH_MAX,"
                        + " with the closing NUL); no runtime could unpack it");
    }

    @Test
    void readsAPathOfExactlyPathMaxWithItsNul() throws IOException {
        String name = "n".repeat(200) + "/";
        String longest = name.repeat(20) + "f".repeat(4095 - 1 - 20 * name.length());
        Path archive = TestArchives.dockerSave(dir.resolve("longest.tar"),
                new TestArchives().file(longest, "x").bytes());

        assertThat(read(archive).layers().get(0).entries()).extracting(Entry::path)
                .containsExactly("/" + longest);
    }

    @Test
    void refusesAPathOneByteOverPathMax() throws IOException {
        String name = "n".repeat(200) + "/";
        String over = name.repeat(20) + "f".repeat(4096 - 1 - 20 * name.length());
        Path archive = TestArchives.dockerSave(dir.resolve("over.tar"),
                new TestArchives().file(over, "x").bytes());

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageContaining("has a path of 4096 bytes, longer than Linux's 4096");
    }

    @Test
    void refusesANameLongerThanNameMaxCountedInUtf8Bytes() throws IOException {
        String name = "é".repeat(128);
        Path archive = TestArchives.dockerSave(dir.resolve("name.tar"),
                new TestArchives().file("d/" + name + "/f", "x").bytes());

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("has a name of 256 bytes (" + name.substring(0, 60)
                        + "…), longer than Linux's 255 (NAME_MAX); no runtime could unpack it");
    }

    @Test
    void readsANameOfExactlyNameMax() throws IOException {
        String name = "é".repeat(127) + "n";
        Path archive = TestArchives.dockerSave(dir.resolve("name.tar"),
                new TestArchives().file("d/" + name, "x").bytes());

        assertThat(read(archive).tree().paths()).containsExactly("/d", "/d/" + name);
    }

    @Test
    void readsAnAbsoluteNameFromTheRootWithAWarning() throws IOException {
        byte[] absolute = new TestArchives().file("/etc/hosts", "x").bytes();
        Image image = read(TestArchives.dockerSave(dir.resolve("abs.tar"), absolute));

        assertThat(image.tree().paths()).containsExactly("/etc", "/etc/hosts");
        assertThat(image.warnings()).containsExactly("layer 0 (0/layer.tar): entry /etc/hosts"
                + " has an absolute name; read as relative to the root");
    }

    @Test
    void refusesAHardLinkLoop() throws IOException {
        byte[] loop = new TestArchives().hardLink("a", "b").hardLink("b", "a").bytes();
        Path archive = TestArchives.dockerSave(dir.resolve("loop.tar"), loop);

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("layer 0 (0/layer.tar): hard link loop at /a");
    }

    @Test
    void refusesALayerSymlinkLoopInTheArchive() throws IOException {
        Path archive = new TestArchives().symlink("0/layer.tar", "../1/layer.tar")
                .symlink("1/layer.tar", "../0/layer.tar").file("c.json", "{}")
                .file("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"0/layer.tar\"]}]")
                .write(dir.resolve("loop.tar"));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("0/layer.tar: link loop (more than 16 links)");
    }

    @Test
    void refusesALayerSymlinkThatLeavesTheArchive() throws IOException {
        Path archive = new TestArchives().symlink("0/layer.tar", "../../etc/passwd")
                .file("c.json", "{}")
                .file("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"0/layer.tar\"]}]")
                .write(dir.resolve("escape.tar"));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("0/layer.tar: link to ../../etc/passwd leads out of the"
                        + " archive");
    }

    @Test
    void refusesAnEntryClaimingTerabytesWithoutReadingThem() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        TarArchiveEntry huge = new TarArchiveEntry("huge");
        huge.setSize(1L << 42);
        tar.putArchiveEntry(huge);
        tar.flush();
        byte[] header = Arrays.copyOf(bytes.toByteArray(), bytes.size());
        Path archive = TestArchives.dockerSave(dir.resolve("tera.tar"), header);

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("entry /huge claims 4398046511104 bytes, more than the"
                        + " 68719476736 bytes an image may unpack to");
    }

    @Test
    void stopsAGzipBombPastTheTotal() throws IOException {
        byte[] bomb = TestArchives.gzip(new TestArchives().file("zeros", new byte[4 << 20])
                .bytes());
        Path archive = TestArchives.dockerSave(dir.resolve("bomb.tar"), bomb);
        ReadOptions small = ReadOptions.defaults().withLimits(1 << 20, 1000);

        assertThatThrownBy(() -> ImageReader.read(archive, small))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("claims 4194304 bytes, more than the 1048576 bytes");
    }

    @Test
    void stopsPastTheTotalOverLayersReadTogether() throws IOException {
        TestArchives files = new TestArchives();
        for (int i = 0; i < 10; i++) {
            files.file("zeros" + i, new byte[60 << 10]);
        }
        byte[] layer = TestArchives.gzip(files.bytes());
        Path archive = TestArchives.dockerSave(dir.resolve("three.tar"), layer, layer, layer);
        ReadOptions small = ReadOptions.defaults().withLimits(1 << 20, 1000);

        assertThatThrownBy(() -> ImageReader.read(archive, small))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("uncompressed bytes, more than the limit of 1048576"
                        + " (a decompression bomb?)");
    }

    @Test
    void stopsAStreamPastTheTotalThatNoHeaderClaims() throws IOException {
        TestArchives files = new TestArchives();
        for (int i = 0; i < 20; i++) {
            files.file("zeros" + i, new byte[100 << 10]);
        }
        Path archive = TestArchives.dockerSave(dir.resolve("many.tar"),
                TestArchives.gzip(files.bytes()));
        ReadOptions small = ReadOptions.defaults().withLimits(1 << 20, Long.MAX_VALUE, 0);

        assertThatThrownBy(() -> ImageReader.read(archive, small))
                .isInstanceOf(InputException.class)
                .hasMessageMatching(".*layer 0 \\(0/layer.tar\\): stopped after \\d+ uncompressed"
                        + " bytes, more than the limit of 1048576 \\(a decompression bomb\\?\\)");
    }

    @Test
    void reportsTheLowestDamagedLayerWhenSeveralAreDamaged() throws IOException {
        byte[] gz = TestArchives.gzip(new TestArchives().file("big", new byte[100_000]).bytes());
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        Path archive = TestArchives.dockerSave(dir.resolve("cuts.tar"), layer(), cut, cut, cut);

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageContaining("layer 1 (1/layer.tar): truncated or corrupt");
    }

    @Test
    void stopsAGzipBombPastTheRatioOnceItIsPastTheFloor() throws IOException {
        byte[] bomb = TestArchives.gzip(new TestArchives().file("a", new byte[3 << 20])
                .file("b", new byte[3 << 20]).bytes());
        Path archive = TestArchives.dockerSave(dir.resolve("bomb.tar"), bomb);
        ReadOptions strict = ReadOptions.defaults().withLimits(1L << 40, 100, 1 << 20);

        assertThatThrownBy(() -> ImageReader.read(archive, strict))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("a ratio above 100 (a decompression bomb?)");
    }

    @Test
    void readsAHighRatioLayerBelowTheFloor() throws IOException {
        byte[] zeros = TestArchives.gzip(new TestArchives().file("a", new byte[3 << 20])
                .bytes());
        Path archive = TestArchives.dockerSave(dir.resolve("zeros.tar"), zeros);
        ReadOptions strict = ReadOptions.defaults().withLimits(1L << 40, 100, 4 << 20);

        assertThat(ImageReader.read(archive, strict).layers()).hasSize(1);
    }

    /** As {@code RUN dd if=/dev/zero of=/swapfile bs=1M count=100} makes: 1028:1 in gzip. */
    @Test
    @Timeout(60)
    void readsAGzipLayerHoldingAHundredMebibytesOfZeros() throws IOException {
        Path archive = TestArchives.dockerSave(dir.resolve("swap.tar"), gzippedZeros(100 << 20));

        Layer layer = ImageReader.read(archive, ReadOptions.defaults()).layers().get(0);

        assertThat(layer.tarSize() / layer.compressedSize()).isGreaterThan(1000);
        assertThat(layer.entries()).extracting(Entry::size).containsExactly(100L << 20);
    }

    /** A layer of one file of zeros, gzipped as it is written, never all in memory. */
    private static byte[] gzippedZeros(long size) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        })) {
            TarArchiveEntry entry = new TarArchiveEntry("swapfile");
            entry.setSize(size);
            tar.putArchiveEntry(entry);
            byte[] block = new byte[1 << 20];
            for (long left = size; left > 0; left -= block.length) {
                tar.write(block, 0, (int) Math.min(block.length, left));
            }
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void stopsAnIndexThatRefersToItself() throws IOException {
        // A sha256 index cannot name itself; a digest that cannot be verified here can.
        String selfDigest = "blake3:" + "cd".repeat(32);
        String self = "{\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.index.v1+json\","
                + "\"digest\":\"" + selfDigest + "\"}]}";
        Path archive = new TestArchives().file("oci-layout", "{}").file("index.json", self)
                .file("blobs/blake3/" + "cd".repeat(32), self).write(dir.resolve("self.tar"));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("index " + selfDigest + " refers to itself");
    }

    @Test
    void refusesADigestShapedLikeAPath() throws IOException {
        String index = "{\"manifests\":[{\"mediaType\":"
                + "\"application/vnd.oci.image.manifest.v1+json\","
                + "\"digest\":\"sha256:../../etc\"}]}";
        Path archive = new TestArchives().file("index.json", index).write(dir.resolve("p.tar"));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("malformed digest \"sha256:../../etc\"");
    }

    @Test
    void reportsBrokenJsonWithTheMemberName() throws IOException {
        Path archive = new TestArchives().file("manifest.json", "[{\"Config\":")
                .write(dir.resolve("json.tar"));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageContaining("manifest.json: not valid JSON: unexpected end");
    }

    @Test
    void saysThatAManifestListingNoImageListsNone() throws IOException {
        Path archive = new TestArchives().file("manifest.json", "[]")
                .write(dir.resolve("empty.tar"));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("manifest.json: lists no image");
    }

    @Test
    void saysThatALayerPathMustBeAString() throws IOException {
        Path archive = new TestArchives().file("c.json", "{}")
                .file("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[5]}]")
                .write(dir.resolve("numbers.tar"));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("manifest.json: image 0: layer 0 is 5; a layer path must"
                        + " be a string");
    }

    @Test
    void saysThatAManifestLinkingOutOfTheArchiveDoes() throws IOException {
        Path archive = new TestArchives().symlink("manifest.json", "/etc/passwd")
                .write(dir.resolve("passwd.tar"));

        assertThatThrownBy(() -> read(archive)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("manifest.json: link to /etc/passwd leads out of the"
                        + " archive");
    }

    @Test
    void followsAnAbsoluteLinkFromTheArchivesTopAsDockerDoes() throws IOException {
        Path archive = new TestArchives().file("0/layer.tar", layer())
                .symlink("1/layer.tar", "/0/layer.tar").file("c.json", "{}")
                .file("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"1/layer.tar\"]}]")
                .write(dir.resolve("absolute.tar"));

        assertThat(read(archive).tree().paths()).containsExactly("/a.txt");
    }

    @Test
    void saysThatADockerSaveCutInHalfIsTruncated() throws IOException {
        Path whole = TestArchives.dockerSave(dir.resolve("whole.tar"),
                new TestArchives().file("big", new byte[20_000]).bytes());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.tar"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> read(cut)).isInstanceOf(InputException.class)
                .hasMessageContaining("cut.tar:1:1: the archive is truncated or corrupt")
                .message().doesNotContain("--raw");
    }

    @Test
    void saysThatATarStoppingAfterAMemberWithoutItsEndBlocksIsTruncated() throws IOException {
        byte[] tar = new TestArchives().file("manifest.json", "[]").bytes();
        Path cut = Files.write(dir.resolve("cut.tar"), Arrays.copyOf(tar, 1024));

        assertThatThrownBy(() -> read(cut)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("the archive is truncated or corrupt: it stops after"
                        + " manifest.json, without the blocks that end a tar");
    }

    @Test
    void givesNoRawHintForAFileThatIsNoTar() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some text\n".repeat(60));

        assertThatThrownBy(() -> read(text)).isInstanceOf(InputException.class)
                .hasMessageContaining("not an image archive: not a tar")
                .message().doesNotContain("--raw");
    }

    @Test
    void saysThatACompressedDockerSaveMustBeDecompressedFirst() throws IOException {
        Path plain = TestArchives.dockerSave(dir.resolve("img.tar"), layer());
        Path gz = Files.write(dir.resolve("img.tar.gz"),
                TestArchives.gzip(Files.readAllBytes(plain)));

        assertThatThrownBy(() -> read(gz)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("img.tar.gz:1:1: a gzip-compressed file: a compressed image"
                        + " archive must be decompressed first (gunzip " + gz + "); a lone"
                        + " compressed layer can be read with strata image inspect --raw");
    }
}
