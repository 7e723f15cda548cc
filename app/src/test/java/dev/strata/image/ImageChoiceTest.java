package dev.strata.image;

import java.io.IOException;
import java.nio.file.Path;

import dev.strata.source.InputException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which image of several an archive holds is read: by ref, digest or platform. */
class ImageChoiceTest {
    @TempDir
    Path dir;

    private Image read(Path archive, ReadOptions options) throws IOException {
        return ImageReader.read(archive, options);
    }

    /** app:1, a nested index of linux/amd64, linux/arm64/v8 and linux/arm/v7 images. */
    private Path multiPlatform(String arm64) throws IOException {
        Layouts layout = new Layouts();
        String index = layout.index(Layouts.named("app:1"),
                layout.image("linux", "amd64", Layouts.platform("linux/amd64"), "amd64"),
                layout.image("linux", "arm64", Layouts.platform(arm64), "arm64"),
                layout.image("linux", "arm", Layouts.platform("linux/arm/v7"), "arm"));
        return layout.write(dir.resolve("multi.tar"), index);
    }

    @Test
    void readsLinuxAmd64ByDefaultAmongThePlatformsOfOneImage() throws IOException {
        Image image = read(multiPlatform("linux/arm64/v8"), ReadOptions.defaults());

        assertThat(image.platform()).isEqualTo("linux/amd64");
        assertThat(image.ref()).isEqualTo("app:1");
        assertThat(image.tree().paths()).containsExactly("/amd64");
    }

    // containerd's platforms.Normalize: arm64 with variant v8 is arm64, arm alone is arm/v7.
    @ParameterizedTest
    @CsvSource({
        "linux/arm64/v8, linux/arm64, /arm64",
        "linux/arm64/v8, linux/arm64/v8, /arm64",
        "linux/arm64, linux/arm64/v8, /arm64",
        "linux/arm64, linux/aarch64, /arm64",
        "linux/arm64/v8, linux/arm, /arm",
        "linux/arm64/v8, linux/arm/v7, /arm",
    })
    void readsThePlatformAskedForAsContainerdNormalizesIt(String described, String wanted,
            String path) throws IOException {
        Image image = read(multiPlatform(described), ReadOptions.defaults()
                .withPlatform(wanted));

        assertThat(image.tree().paths()).containsExactly(path);
    }

    @Test
    void namesTheWindowsImageAPlatformAsksForAndSaysWhyItIsNotRead() throws IOException {
        Layouts layout = new Layouts();
        Path archive = layout.write(dir.resolve("win.tar"),
                layout.image("linux", "amd64", Layouts.platform("linux/amd64"), "l"),
                layout.image("windows", "amd64", Layouts.platform("windows/amd64"), "w"));

        assertThatThrownBy(() -> read(archive, ReadOptions.defaults()
                .withPlatform("windows/amd64")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the layout has a windows/amd64 image (sha256:")
                .hasMessageContaining("but Strata models Linux containers only (overlayfs);"
                        + " the Linux images: sha256:");
    }

    @Test
    void refusesALayoutWhoseOnlyImageIsForWindows() throws IOException {
        Layouts layout = new Layouts();
        Path archive = layout.write(dir.resolve("win.tar"), layout.image("windows", "amd64",
                Layouts.platform("windows/amd64") + Layouts.named("nano"), "w"));

        assertThatThrownBy(() -> read(archive, ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("the layout has a windows/amd64 image (nano"
                        + " (windows/amd64)), but Strata models Linux containers only"
                        + " (overlayfs)");
    }

    @Test
    void refusesADockerArchiveOfAnotherPlatformThanTheOneAsked() {
        assertThatThrownBy(() -> Fixtures.read(ReadOptions.defaults()
                .withPlatform("linux/arm64"), "dive", "test-docker-image.tar"))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("no image for platform linux/arm64; there are:"
                        + " dive-test:latest (linux/amd64)");
    }

    @Test
    void readsADockerArchiveOfThePlatformAsked() throws IOException {
        Image image = Fixtures.read(ReadOptions.defaults().withPlatform("linux/amd64"),
                "dive", "test-docker-image.tar");

        assertThat(image.platform()).isEqualTo("linux/amd64");
    }

    @Test
    void skipsAnArtifactNamedByItsArtifactType() throws IOException {
        Layouts layout = new Layouts();
        String empty = layout.blob("application/vnd.oci.empty.v1+json", "{}");
        String artifact = layout.blob(Layouts.MANIFEST, "{\"schemaVersion\":2,\"mediaType\":\""
                + Layouts.MANIFEST + "\",\"artifactType\":\"application/vnd.example.sbom\","
                + "\"config\":" + empty + ",\"layers\":[]}");
        Path archive = layout.write(dir.resolve("artifact.tar"), artifact,
                layout.image("linux", "amd64", "", "a"));

        assertThat(read(archive, ReadOptions.defaults()).tree().paths()).containsExactly("/a");
    }

    @Test
    void skipsAnArtifactWhoseConfigIsNoImageConfig() throws IOException {
        Layouts layout = new Layouts();
        String config = layout.blob("application/vnd.cncf.helm.config.v1+json", "{}");
        String chart = layout.blob(Layouts.MANIFEST, "{\"schemaVersion\":2,\"config\":"
                + config + ",\"layers\":[]}");
        Path archive = layout.write(dir.resolve("helm.tar"),
                layout.image("linux", "amd64", "", "a"), chart);

        assertThat(read(archive, ReadOptions.defaults()).tree().paths()).containsExactly("/a");
    }

    // As buildx writes provenance: a manifest for unknown/unknown beside the image.
    @Test
    void skipsAnAttestationManifest() throws IOException {
        Layouts layout = new Layouts();
        String image = layout.image("linux", "amd64", Layouts.platform("linux/amd64"), "a");
        String digest = image.substring(image.indexOf("sha256:"), image.indexOf("sha256:") + 71);
        String attestation = layout.image("unknown", "unknown", Layouts.platform(
                "unknown/unknown") + ",\"annotations\":{\"vnd.docker.reference.type\":"
                + "\"attestation-manifest\",\"vnd.docker.reference.digest\":\"" + digest
                + "\"}", "provenance.json");
        Path archive = layout.write(dir.resolve("attested.tar"), image, attestation);

        Image read = read(archive, ReadOptions.defaults());

        assertThat(read.tree().paths()).containsExactly("/a");
        assertThat(read.warnings()).isEmpty();
    }

    /** Two linux/amd64 images both named app:1, as a gzip and a zstd variant would be. */
    private Layouts twins() throws IOException {
        return new Layouts();
    }

    @Test
    void listsTheDigestsWhenTwoImagesHaveTheSameNameAndPlatform() throws IOException {
        Layouts layout = twins();
        String one = layout.image("linux", "amd64", Layouts.named("app:1"), "one");
        String two = layout.image("linux", "amd64", Layouts.named("app:1"), "two");
        Path archive = layout.write(dir.resolve("twins.tar"), one, two);

        assertThatThrownBy(() -> read(archive, ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the layout holds 2 images (app:1@" + shortDigest(one)
                        + " (linux/amd64), app:1@" + shortDigest(two) + " (linux/amd64));"
                        + " choose one with --ref");
    }

    @ParameterizedTest
    @ValueSource(strings = {"full", "prefix", "hex", "named"})
    void readsTheImageADigestRefNames(String form) throws IOException {
        Layouts layout = twins();
        String one = layout.image("linux", "amd64", Layouts.named("app:1"), "one");
        String two = layout.image("linux", "amd64", Layouts.named("app:1"), "two");
        Path archive = layout.write(dir.resolve("twins.tar"), one, two);
        String digest = digest(two);
        String ref = switch (form) {
            case "full" -> digest;
            case "prefix" -> digest.substring(0, 7 + 12);
            case "hex" -> digest.substring(7, 7 + 12);
            default -> "app@" + digest;
        };

        Image image = read(archive, ReadOptions.defaults().withRef(ref));

        assertThat(image.tree().paths()).containsExactly("/two");
        assertThat(image.ref()).isEqualTo("app:1");
    }

    @Test
    void refusesADigestPrefixShorterThanTwelveDigits() throws IOException {
        Layouts layout = twins();
        String one = layout.image("linux", "amd64", Layouts.named("app:1"), "one");
        Path archive = layout.write(dir.resolve("one.tar"), one);

        assertThatThrownBy(() -> read(archive, ReadOptions.defaults()
                .withRef(digest(one).substring(7, 7 + 11))))
                .isInstanceOf(InputException.class).hasMessageContaining("no image named");
    }

    @Test
    void refusesAnEmptyRef() throws IOException {
        Layouts layout = twins();
        Path archive = layout.write(dir.resolve("one.tar"),
                layout.image("linux", "amd64", "", "a"));

        assertThatThrownBy(() -> read(archive, ReadOptions.defaults().withRef("")))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("an empty ref names no image; give a name or a digest");
    }

    @Test
    void warnsOfALayerOfUnknownMediaTypeAndReadsItByItsFirstBytes() throws IOException {
        Layouts layout = new Layouts();
        byte[] tar = new TestArchives().file("a", "a").bytes();
        String config = layout.blob(Layouts.CONFIG, "{\"os\":\"linux\"}");
        String layer = layout.blob("application/x-mystery", TestArchives.gzip(tar), "");
        String manifest = layout.blob(Layouts.MANIFEST, "{\"schemaVersion\":2,\"config\":"
                + config + ",\"layers\":[" + layer + "]}");
        Path archive = layout.write(dir.resolve("mystery.tar"), manifest);

        Image image = read(archive, ReadOptions.defaults());

        assertThat(image.tree().paths()).containsExactly("/a");
        assertThat(image.warnings()).singleElement().asString()
                .startsWith("layer 0 (blobs/sha256/")
                .endsWith(": media type application/x-mystery is not a layer type; read as"
                        + " its first bytes say (tar, gzip or zstd)");
    }

    @Test
    void reportsTheTagTheRefAskedForAmongTheImagesTags() throws IOException {
        byte[] layer = new TestArchives().file("a", "a").bytes();
        Path archive = new TestArchives().file("0/layer.tar", layer)
                .file("c.json", "{\"os\":\"linux\",\"architecture\":\"amd64\"}")
                .file("manifest.json", "[{\"Config\":\"c.json\",\"RepoTags\":[\"a:1\",\"b:1\"],"
                        + "\"Layers\":[\"0/layer.tar\"]}]")
                .write(dir.resolve("tags.tar"));

        assertThat(read(archive, ReadOptions.defaults().withRef("b:1")).ref()).isEqualTo("b:1");
        assertThat(read(archive, ReadOptions.defaults().withRef("b")).ref()).isEqualTo("b:1");
    }

    /** Two images tagged test:latest in one docker save, told apart by their config. */
    private Path dockerTwins() throws IOException {
        byte[] one = new TestArchives().file("one", "1").bytes();
        byte[] two = new TestArchives().file("two", "2").bytes();
        String image = "\"RepoTags\":[\"test:latest\"]";
        return new TestArchives().file("1/layer.tar", one).file("2/layer.tar", two)
                .file("1.json", "{\"os\":\"linux\",\"architecture\":\"amd64\",\"id\":1}")
                .file("2.json", "{\"os\":\"linux\",\"architecture\":\"amd64\",\"id\":2}")
                .file("manifest.json", "[{\"Config\":\"1.json\"," + image
                        + ",\"Layers\":[\"1/layer.tar\"]},{\"Config\":\"2.json\"," + image
                        + ",\"Layers\":[\"2/layer.tar\"]}]")
                .write(dir.resolve("twins.tar"));
    }

    @Test
    void listsTheImageIdsOfTwoImagesWithTheSameTag() throws IOException {
        String id1 = TestArchives.sha256("{\"os\":\"linux\",\"architecture\":\"amd64\",\"id\":1}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(dockerTwins(), ReadOptions.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the archive holds 2 images (test:latest@"
                        + id1.substring(0, 19) + " (linux/amd64), test:latest@sha256:");
    }

    @Test
    void readsTheImageOfADockerArchiveItsImageIdNames() throws IOException {
        String id2 = TestArchives.sha256("{\"os\":\"linux\",\"architecture\":\"amd64\",\"id\":2}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Image image = read(dockerTwins(), ReadOptions.defaults().withRef(id2.substring(7, 23)));

        assertThat(image.tree().paths()).containsExactly("/two");
        assertThat(image.ref()).isEqualTo("test:latest");
    }

    private static String digest(String descriptor) {
        int at = descriptor.indexOf("\"digest\":\"") + 10;
        return descriptor.substring(at, descriptor.indexOf('"', at));
    }

    private static String shortDigest(String descriptor) {
        return digest(descriptor).substring(0, 7 + 12);
    }
}
