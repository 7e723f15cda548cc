package dev.strata.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Archive shapes that real tools write, read to the right image. */
class LayoutShapesTest {
    private static final String CONFIG = "{\"os\":\"linux\",\"architecture\":\"amd64\"}";

    @TempDir
    Path dir;

    /** Unpacks a fixture tar: its directories and regular files only. */
    private Path unpack(Path tar, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(tar);
                TarArchiveInputStream entries = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e = entries.getNextEntry(); e != null;
                    e = entries.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                assertThat(target.startsWith(into)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                }
            }
        }
        return into;
    }

    @Test
    void readsAnOciLayoutFolder() throws IOException {
        Path layout = unpack(Fixtures.image("dive", "test-oci-gzip-image.tar"),
                dir.resolve("layout"));

        Image image = ImageReader.read(layout, ReadOptions.defaults());

        assertThat(image.format()).isEqualTo(ImageFormat.OCI_LAYOUT);
        assertThat(image.platform()).isEqualTo("linux/arm64");
        assertThat(image.tree().paths()).containsExactly("/README.md");
        assertThat(image.sizeBytes()).isEqualTo(11189);
    }

    @Test
    void readsTheOneImageOfTheNestedIndexFixtureWithoutARef() throws IOException {
        // "2" names a descriptor of unknown media type, which image-index.md says MUST be
        // ignored; "1", "3" and "4" all lead to one manifest, so there is nothing to choose.
        Image image = Fixtures.read("go-containerregistry", "layout__test_index.tar");

        assertThat(image.ref()).isEqualTo("1");
        assertThat(image.tree().paths()).containsExactly("/bar", "/foo");
    }

    // skopeo's docker-archive: HEX.tar blobs, and legacy ID/layer.tar links to them.
    @Test
    void readsADockerSaveWhoseManifestNamesLayerLinks() throws IOException {
        byte[] first = new TestArchives().file("a", "1").bytes();
        byte[] second = new TestArchives().file("b", "2").bytes();
        String a = TestArchives.sha256(first).substring(7);
        String b = TestArchives.sha256(second).substring(7);
        Path archive = new TestArchives().file(a + ".tar", first).file(b + ".tar", second)
                .symlink("1111/layer.tar", "../" + a + ".tar")
                .symlink("2222/layer.tar", "../" + b + ".tar")
                .file("c.json", CONFIG)
                .file("manifest.json", "[{\"Config\":\"c.json\",\"RepoTags\":[\"s:1\"],"
                        + "\"Layers\":[\"1111/layer.tar\",\"2222/layer.tar\"]}]")
                .write(dir.resolve("skopeo.tar"));

        Image image = ImageReader.read(archive, ReadOptions.defaults());

        assertThat(image.tree().paths()).containsExactly("/a", "/b");
        assertThat(image.layers().get(1).digest()).isEqualTo("sha256:" + b);
    }

    @Test
    void followsAParentChainOfThreeLayersWithoutManifest() throws IOException {
        TestArchives archive = new TestArchives();
        String parent = "";
        for (String id : new String[] {"1".repeat(64), "2".repeat(64), "3".repeat(64)}) {
            archive.file(id + "/layer.tar", new TestArchives().file("f" + id.charAt(0), id)
                    .bytes());
            archive.file(id + "/json", "{\"id\":\"" + id + "\"" + (parent.isEmpty() ? ""
                    : ",\"parent\":\"" + parent + "\"") + ",\"os\":\"linux\","
                    + "\"architecture\":\"amd64\",\"container_config\":{\"Cmd\":[\"step "
                    + id.charAt(0) + "\"]}}");
            parent = id;
        }
        archive.file("repositories", "{\"old\":{\"v1\":\"" + parent + "\"}}");

        Image image = ImageReader.read(archive.write(dir.resolve("v1.tar")),
                ReadOptions.defaults());

        assertThat(image.format()).isEqualTo(ImageFormat.DOCKER_ARCHIVE_V1);
        assertThat(image.ref()).isEqualTo("old:v1");
        assertThat(image.layers()).extracting(Layer::createdBy)
                .containsExactly("step 1", "step 2", "step 3");
        assertThat(image.tree().paths()).containsExactly("/f1", "/f2", "/f3");
    }
}
