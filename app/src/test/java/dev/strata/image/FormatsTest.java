package dev.strata.image;

import java.io.IOException;

import dev.strata.source.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of archive in the fixtures reads to the right image. */
class FormatsTest {
    @Test
    void readsTheDockerTwentyFiveHybridThroughItsManifest() throws IOException {
        Image image = Fixtures.read("go-containerregistry", "tarball__hello-world-v25.tar");

        assertThat(image.format()).isEqualTo(ImageFormat.DOCKER_OCI_ARCHIVE);
        assertThat(image.platform()).isEqualTo("linux/arm64");
        assertThat(image.tree().paths()).containsExactly("/hello");
        assertThat(image.layers().get(0).createdBy()).isEqualTo("COPY hello / # buildkit");
    }

    @Test
    void followsTheParentChainOfAnArchiveWithoutManifest() throws IOException {
        Image image = Fixtures.read("go-containerregistry", "tarball__no_manifest.tar");

        assertThat(image.format()).isEqualTo(ImageFormat.DOCKER_ARCHIVE_V1);
        assertThat(image.ref()).isEqualTo("bazel/v1/tarball:test_image");
        assertThat(image.tree().paths())
                .containsExactly("/foo", "/foo/baz", "/foo/foo", "/foo/hey");
    }

    @Test
    void asksForARefWhenTheArchiveHoldsSeveralImages() {
        assertThatThrownBy(() -> Fixtures.read("go-containerregistry", "tarball__test_bundle.tar"))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("the archive holds 2 images (test_image_2 (linux/amd64),"
                        + " test_image_1 (linux/amd64)); choose one with --ref");
    }

    @Test
    void picksTheImageARefNames() throws IOException {
        Image image = Fixtures.read(ReadOptions.defaults().withRef("test_image_2"),
                "go-containerregistry", "tarball__test_bundle.tar");

        assertThat(image.ref()).isEqualTo("test_image_2");
        assertThat(image.layers().get(0).digest()).startsWith("sha256:3610aa5267a2");
    }

    @Test
    void matchesARefByItsTagAlone() throws IOException {
        Image image = Fixtures.read(ReadOptions.defaults().withRef("v4"),
                "built", "demo-docker-archive.tar");

        assertThat(image.ref()).isEqualTo("docker.io/layerviz/demo:v4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3", "4"})
    void findsAManifestThroughNestedIndexesAndManifestLists(String ref) throws IOException {
        Image image = Fixtures.read(ReadOptions.defaults().withRef(ref),
                "go-containerregistry", "layout__test_index.tar");

        assertThat(image.ref()).isEqualTo(ref);
        assertThat(image.tree().paths()).containsExactly("/bar", "/foo");
    }

    @Test
    void skipsADescriptorOfUnknownMediaType() {
        assertThatThrownBy(() -> Fixtures.read(ReadOptions.defaults().withRef("2"),
                "go-containerregistry", "layout__test_index.tar"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("2 names a descriptor of media type"
                        + " application/vnd.oci.descriptor.v1+json, not an image; there are:"
                        + " 1 = 3 = 4 (linux/amd64)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"layerviz/demo:v4", "docker.io/layerviz/demo:v4",
        "index.docker.io/layerviz/demo:v4"})
    void matchesARefWrittenAsDockerWouldNormalizeIt(String ref) throws IOException {
        Image image = Fixtures.read(ReadOptions.defaults().withRef(ref),
                "built", "demo-docker-archive.tar");

        assertThat(image.ref()).isEqualTo("docker.io/layerviz/demo:v4");
    }

    @ParameterizedTest
    @CsvSource({
        "ubuntu, docker.io/library/ubuntu:latest",
        "ubuntu:22.04, docker.io/library/ubuntu:22.04",
        "me/app, docker.io/me/app:latest",
        "index.docker.io/me/app:v1, docker.io/me/app:v1",
        "localhost/app, localhost/app:latest",
        "registry:5000/team/app:v2, registry:5000/team/app:v2",
        "ghcr.io/o/r@sha256:abc, ghcr.io/o/r@sha256:abc",
    })
    void normalizesReferencesAsDistributionReferenceDoes(String ref, String full) {
        assertThat(Selection.normalized(ref)).isEqualTo(full);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uncompressed", "gzip", "zstd", "estargz"})
    void readsTheOnlyPlatformOfEachCompressionOfDivesOciImage(String kind) throws IOException {
        Image image = Fixtures.read("dive", "test-oci-" + kind + "-image.tar");

        assertThat(image.format()).isEqualTo(ImageFormat.OCI_ARCHIVE);
        assertThat(image.platform()).isEqualTo("linux/arm64");
        assertThat(image.tree().paths()).containsExactly("/README.md");
        assertThat(image.sizeBytes()).isEqualTo(11189);
    }

    @Test
    void refusesAPlatformTheLayoutDoesNotHave() {
        assertThatThrownBy(() -> Fixtures.read(ReadOptions.defaults().withPlatform("linux/s390x"),
                "dive", "test-oci-gzip-image.tar"))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("no image for platform linux/s390x; there are:"
                        + " sha256:7d255e9e3d21 (linux/arm64)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"estargz", "gzip", "uncompressed", "zstd"})
    void refusesARootfsExportAsNotAnImage(String kind) {
        assertThatThrownBy(() -> Fixtures.read("dive", "not-images", "test-" + kind
                + "-image.tar"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(":1:1: not an image archive")
                .hasMessageEndingWith("a lone layer tar can be read with"
                        + " strata image inspect --raw");
    }

    @Test
    void readsALoneZstdLayerWithRaw() throws IOException {
        Image image = Fixtures.read(ReadOptions.defaults().withRaw(true),
                "go-containerregistry", "crane__content.tar.zst");

        assertThat(image.format()).isEqualTo(ImageFormat.LAYER);
        assertThat(image.tree().paths()).containsExactly("/bat", "/baz");
    }

    @Test
    void keepsWhiteoutAndOpaqueMarkersOfALoneLayer() throws IOException {
        Image image = Fixtures.read(ReadOptions.defaults().withRaw(true),
                "regclient", "layer-wh.tar");

        assertThat(image.layers().get(0).entries()).extracting(Entry::kind, Entry::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EntryKind.FILE, "/layer1.txt"),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.WHITEOUT, "/layer2.txt"),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.FILE, "/layer3.txt"),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.DIRECTORY, "/exdir"),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.OPAQUE, "/exdir"));
    }

    @Test
    void deletesADirectoryAndLetsALaterLayerRecreateIt() throws IOException {
        Image image = Fixtures.read("go-containerregistry", "mutate__whiteout_dir.tar");

        assertThat(image.layers().get(2).removed()).isEqualTo(2);
        assertThat(image.tree().paths()).containsExactly("/a", "/a/baz", "/b", "/b/bar");
        assertThat(image.tree().find("/a").orElseThrow().layer()).isEqualTo(3);
    }

    @Test
    void readsDotSlashNamesAndAWhiteoutOfAFile() throws IOException {
        Image image = Fixtures.read("go-containerregistry", "mutate__whiteout_image.tar");

        assertThat(image.tree().paths()).containsExactly("/bar.txt");
        assertThat(image.wastedBytes()).isEqualTo(4);
    }

    @Test
    void replacesAFileWithASymlinkAndResolvesIt() throws IOException {
        Image image = Fixtures.read("go-containerregistry", "mutate__overwritten_file.tar");

        MergedTree.Node foo = image.tree().find("/foo.txt").orElseThrow();
        assertThat(foo.entry().kind()).isEqualTo(EntryKind.SYMLINK);
        assertThat(image.tree().resolve("/foo.txt").orElseThrow().entry().path())
                .isEqualTo("/bar.txt");
    }
}
